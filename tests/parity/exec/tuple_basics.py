t = (1, 'a', [2], (3,))
print(t, len(t), t[1], t[-1], t[1:3], t.count(1), t.index('a'), (1,), (), tuple('ab'))
t[2].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print(e)
try:
    t.index('zz')
except ValueError as e:
    print(e)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 2, 3), max((3, 1), (2, 9)), hash((1, 2)) == hash((1, 2)))
