def g():
    yield
try:
    g().send(5)
except TypeError as e:
    print(e)
it = g()
print(it.send(None))
