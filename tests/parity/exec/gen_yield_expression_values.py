def g():
    a = yield
    b = yield a * 2
    c = yield a + b
    print('got', a, b, c)

it = g()
next(it)
print(it.send(3), it.send(4))
try:
    it.send(5)
except StopIteration:
    print('stopped')
