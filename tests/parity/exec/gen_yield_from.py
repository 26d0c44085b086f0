def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner-result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield from range(2)
    yield from 'ab'

g = outer()
print(next(g), g.send('hello'), list(g))
