print({5, 3, 100, 1, 64, 33, 2})
print(set(range(20, 0, -3)))
print({-1, -2, 0, 2**40, 17, 8})
s = set()
for i in [40, 8, 1, 24, 16, 32]:
    s.add(i)
print(s, list(s))
