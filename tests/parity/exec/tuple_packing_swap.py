a, b = 1, 2
a, b = b, a
print(a, b)
x = 1,
print(x, type(x).__name__)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
