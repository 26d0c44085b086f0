# Assignment expression inside a comprehension binds in the enclosing function scope
def f(items):
    found = [y for x in items if (y := g(x)) is not None]
    return found, y
