# A generator expression containing await in a sync function becomes an async generator expression
def f(y):
    return (await x for x in y)
