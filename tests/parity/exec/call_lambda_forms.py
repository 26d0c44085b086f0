add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: 'noargs')())
print(sorted([(1, 'b'), (0, 'c')], key=lambda t: t[1]), add.__name__)
print(list(map(lambda x: x ** 2, range(4))))
