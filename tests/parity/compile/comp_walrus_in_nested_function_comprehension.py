# Walrus target in a nested comprehension binds in the innermost function scope
def f(data):
    def g():
        return [[(last := c) for c in row] for row in data]
    return g
