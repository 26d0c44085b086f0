# Inlined comprehensions get a handler that restores the shadowed variable on exceptions
def f(items, x):
    return [x for x in items], x
