l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::2] = 'XYZWV'[:len(l[::2])]
print(l)
del l[::3]
print(l)
l[1:1] = [100, 200]
print(l)
l[:] = []
print(l)
m = list(range(6))
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
m[-2:] = []
print(m, m[10:20], m[-100:])
