# A generator: RETURN_GENERATOR, POP_TOP, YIELD_VALUE, RESUME after yield, CO_GENERATOR
def gen(n):
    yield
    yield n
    x = yield n + 1
    return x
