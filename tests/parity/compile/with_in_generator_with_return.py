# A return inside with inside a generator
def gen():
    with ctx():
        yield 1
        return 2
