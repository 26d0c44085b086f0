a = [[1, 2], [3, 4]]
b = a[:]
b[0].append(99)
b.append([5])
print(a, b)
c = [row[:] for row in a]
c[1][0] = 'changed'
print(a[1], c[1])
a.append(a)
print(a)
