# set.copy / frozenset algebra results iterate in CPython's order for every size (the copy
# clones the table when a fresh merge would pick the same size) and after deletions.
for n in range(0, 41):
    s = set(range(n * 7, 0, -3)) | {"k%d" % i for i in range(n % 5)}
    c = s.copy()
    f = frozenset(s)
    print(n, list(c) == list(s), list(f - {0}), list(s.copy() | {-1}))
s = set(range(50))
for i in range(0, 50, 2):
    s.discard(i)
print(list(s.copy()), list(frozenset(s) - {1}), list(s - {3, 5}))
t = {1, 2, 3, 4, 5, 6}
t.pop()
print(list(t.copy()), list(frozenset(t) & {2, 3, 9}), list(t ^ {0}))
