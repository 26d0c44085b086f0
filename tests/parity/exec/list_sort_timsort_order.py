# list.sort with Python comparisons: which pairs are compared, in which order (CPython's timsort),
# the permutation an inconsistent order gives, and the list's state when a comparison raises.
import hashlib
import random

log = []

class K:
    __slots__ = ('v', 'i')
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v

def digest(x):
    return hashlib.sha256(repr(x).encode()).hexdigest()[:16]

def shapes(rng, n):
    yield 'random', [rng.randrange(1000) for _ in range(n)]
    yield 'dups', [rng.randrange(4) for _ in range(n)]
    yield 'asc', sorted(rng.randrange(1000) for _ in range(n))
    yield 'desc', sorted((rng.randrange(50) for _ in range(n)), reverse=True)
    runs = []
    while len(runs) < n:
        k = rng.randrange(1, 90)
        run = sorted(rng.randrange(500) for _ in range(k))
        runs.extend(run if rng.random() < 0.5 else run[::-1])
    yield 'runs', runs[:n]
    yield 'sawtooth', [i % 37 for i in range(n)]
    yield 'organ', list(range(n // 2)) + list(range(n // 2, 0, -1))

rng = random.Random(1234)
for n in (0, 1, 2, 3, 5, 17, 63, 64, 65, 127, 200, 513, 1000, 2500):
    for name, vals in shapes(rng, n):
        for reverse in (False, True):
            log.clear()
            ks = [K(v, i) for i, v in enumerate(vals)]
            ks.sort(reverse=reverse)
            print(n, name, reverse, len(log), digest(log), digest([k.i for k in ks]))

# the same through a key function (keys and values move together)
log.clear()
items = [rng.randrange(100) for _ in range(700)]
out = sorted(range(700), key=lambda j: K(items[j], j))
print('key', len(log), digest(log), digest(out))

# an inconsistent order: the permutation is the algorithm's
class R:
    def __init__(self, i, rng):
        self.i = i
        self.rng = rng
    def __lt__(self, other):
        return self.rng.random() < 0.5
r2 = random.Random(99)
rs = [R(i, r2) for i in range(600)]
rs.sort()
print('random lt', digest([x.i for x in rs]))

# NaNs among floats
nan = float('nan')
fl = [3.0, nan, 1.0, 2.0, nan, 0.5, -1.0, nan, 7.0] * 9
print('nan', [str(x) for x in sorted(fl)][:30])
print('nan tuples', sorted([(x, i % 3) for i, x in enumerate(fl[:20])])[:12])

# a comparison raising part-way: the list holds the permutation reached so far
class Boom(Exception):
    pass
for limit in (5, 40, 300, 1500):
    count = [0]
    class B:
        def __init__(self, v, i):
            self.v, self.i = v, i
        def __lt__(self, other):
            count[0] += 1
            if count[0] == limit:
                raise Boom(limit)
            return self.v < other.v
    vals = [rng.randrange(300) for _ in range(400)]
    bs = [B(v, i) for i, v in enumerate(vals)]
    for rev in (False, True):
        count[0] = 0
        lst = list(bs)
        try:
            lst.sort(reverse=rev)
        except Boom as e:
            print('boom', limit, rev, len(lst), digest([b.i for b in lst]))

# tuples whose later items need Python's comparison (pre-checked first items tie)
log.clear()
tk = [(rng.randrange(3), K(rng.randrange(10), i)) for i in range(300)]
tk.sort()
print('tuples', len(log), digest(log), digest([t[1].i for t in tk]))
mixed = [(1, rng.choice([1, 2.5, 2, 0.5, True])) for i in range(100)]
print('mixed', sorted(mixed)[:10])

# changes to the list during the sort: any append is seen, even one popped again; emptying the
# (empty) list is not a change
from functools import cmp_to_key
def sort_with(mutate, **kw):
    L = [3, 1, 2]
    def cmp(x, y):
        mutate(L)
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_to_key(cmp), **kw)
        print('sorted', L)
    except ValueError as e:
        print('ValueError', e, L)
sort_with(lambda L: (L.append(9), L.pop()))
sort_with(lambda L: (L.append(9), L.pop()), reverse=True)
sort_with(lambda L: L.clear())
sort_with(lambda L: L.__delitem__(slice(None)))
sort_with(lambda L: L.extend([]))
sort_with(lambda L: L.append(5))
M = [2, 1]
def key_append_pop(x):
    M.append(0)
    M.pop()
    return x
try:
    M.sort(key=key_append_pop)
except ValueError as e:
    print('key', e, M)
