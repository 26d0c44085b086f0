# A generator that only yields from a generator expression
def gen(xs):
    yield from (x * 2 for x in xs)
