# Nested comprehensions reusing the same iteration variable name
def f(xs):
    return [[x for x in x] for x in xs]
