def source():
    yield from [1, 2, 0, 4]

def invert(xs):
    for x in xs:
        yield 1 / x

def scale(xs):
    for x in xs:
        yield x * 10

for v in scale(invert(source())):
    print(v)
