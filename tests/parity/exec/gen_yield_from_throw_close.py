def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print('inner handled KeyError')
        yield 'k'
    finally:
        print('inner finally')

def outer():
    yield from inner()
    yield 'outer'

g = outer()
print(next(g), g.throw(KeyError), next(g))
g.close()
g2 = outer()
next(g2)
g2.close()
print('closed')
