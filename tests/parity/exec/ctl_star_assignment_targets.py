a, *b, c = range(6)
print(a, b, c)
[x, y], *z = 'ab', 1, 2
print(x, y, z)
for first, *others in ([1, 2, 3], [4]):
    print(first, others)
*p, = 'xyz'
print(p)
