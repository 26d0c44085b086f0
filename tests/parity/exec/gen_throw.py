def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    yield 'after'

it = g()
print(next(it))
print(it.throw(ValueError('boom')))
print(next(it))
it2 = g()
try:
    it2.throw(KeyError('early'))
except KeyError as e:
    print('propagated', e)
