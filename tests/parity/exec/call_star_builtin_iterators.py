# f(*it) and iter protocol on the builtins' own iterator types (map, filter, zip, enumerate, reversed)
def g(*a, **k):
    return a, k

print(g(*map(str, [1, 2, 3])))
print(g(*filter(None, [0, 1, 2])))
print(g(*zip("ab", "cd")))
print(g(*enumerate("xy")))
print(g(*reversed([1, 2])))
for t in (map, filter, zip, enumerate, reversed):
    print(t.__name__, '__iter__' in t.__dict__, '__next__' in t.__dict__)
m = map(abs, [-1, -2])
print(type(m).__next__(m), next(iter(m)))
