# An assignment expression in a lambda binds a local of the lambda
f = lambda x: (y := x + 1) * y
