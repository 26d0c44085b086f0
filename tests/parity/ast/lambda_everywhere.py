x = lambda: 0
f(lambda: 0)
f(key=lambda x: x)
[lambda: i for i in r]
{k: lambda: k for k in r}
(lambda: 0)()
lambda: lambda: lambda: 0
lambda x: (lambda y: x + y)
y = lambda x: x if x else lambda: x
d = {"a": lambda: 1, "b": lambda x, *y, **z: 2}
def f(a=lambda: 0, *, b=lambda x=lambda: 1: x): pass
lambda *a, b=lambda: 0, **c: 0
sorted(data, key=lambda item: (item[1], -item[0]))
lambda: (x := 1)
lambda: [(yield)]
lambda: (yield from x)
z = (lambda: 0) if a else (lambda: 1)
