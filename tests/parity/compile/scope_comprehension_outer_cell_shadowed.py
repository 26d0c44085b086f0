# An inlined comprehension whose iteration variable is a cell of the enclosing function
def f(items):
    x = 0
    g = lambda: x
    return [x for x in items], g
