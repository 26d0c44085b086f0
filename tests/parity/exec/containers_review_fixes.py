# Corners found by reviewing the tenth session's container work: tuples sorted by a first str
# that is not latin-1 after one that is, frozenset hashes with deleted slots, list.sort that
# raises or sees the list change, frozenset subclasses' copy/union, int() of Python whitespace.
print(sorted([('\u0100', 1), ('a', 2)]))
print(sorted({'ä': 1, 'ω': 2, 'a': 3}.items()))
print(sorted([('a', 1), ('\u0100', 2), ('b', 0), ('\u0101', 3), ('', 4)], reverse=True))

x = frozenset({1, 2, 3}) ^ {3}
y = frozenset({1, 2})
print(x == y, hash(x) == hash(y), {x: 'found'}.get(y))
for drop in ({3}, {3, 5}, {3, 5, 7}, set(range(0, 20, 2))):
    f = frozenset(range(20)) - drop
    g = frozenset(sorted(f, reverse=True))
    print(len(f), hash(f) == hash(g), f.symmetric_difference(drop) == frozenset(range(20)) | drop)

L = [3, 1, 2]
def raising_key(v):
    if v == 2:
        L.append('junk')
        raise KeyError(v)
    return v
for reverse in (False, True):
    L[:] = [3, 1, 2]
    try:
        L.sort(key=raising_key, reverse=reverse)
    except KeyError as e:
        print('KeyError', e, L)

def growing_key(v):
    L.append(9)
    return v
L[:] = [3, 1, 2]
try:
    L.sort(key=growing_key)
except ValueError as e:
    print(e, L)

class F(frozenset):
    pass
f = frozenset({1, 2})
print(f.copy() is f, f.union() is f, f.union() == f, f.intersection() is f, f.difference() is f)
g = F({1, 2})
print([type(r).__name__ for r in (g.copy(), g.union(), g.intersection(), g.difference(), g | {3})])
print(g.copy() is g, g.copy() == g, hash(g.copy()) == hash(g))

for text in ('1\xa0', '\u20071', ' 12 ', '\u202f-7\u3000', '\x1c5\x1f', '\t\n\x0b\x0c\r8 ', '\x855'):
    for base in (10, 0):
        try:
            print(repr(text), base, int(text, base))
        except ValueError as e:
            print(repr(text), base, 'ValueError', e)
