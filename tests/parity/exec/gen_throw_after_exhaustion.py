def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError('late'))
except ValueError as e:
    print('raised', e)
print(next(it, 'exhausted'))
