# Lambdas: a code object named <lambda>, with and without arguments
f = lambda: 0
g = lambda x, y: x + y
h = lambda *a, **k: (a, k)
