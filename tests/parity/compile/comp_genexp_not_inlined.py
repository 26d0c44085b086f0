# Generator expressions get their own code object (RETURN_GENERATOR, YIELD_VALUE, CO_GENERATOR)
def f(items):
    return (x + 1 for x in items)
