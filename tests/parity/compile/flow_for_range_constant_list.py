# Iterating over a list or set literal: the AST optimiser turns it into a tuple / frozenset
def f():
    for x in [1, 2, 3]:
        g(x)
    for y in {1, 2, 3}:
        g(y)
    for z in [a, b]:
        g(z)
