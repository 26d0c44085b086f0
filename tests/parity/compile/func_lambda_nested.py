# Lambdas nested in lambdas, with the inner one capturing the outer argument
f = lambda x: lambda y: lambda z: x + y + z
