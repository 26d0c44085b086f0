# the dict table: growth, deletions and reinsertion, colliding keys, a key whose __eq__ clears the dict,
# changes during iteration, setdefault, equal keys of different types
d = {}
for i in range(1000): d[i] = i * i
for i in range(0, 1000, 2): del d[i]
print(len(d), sum(d), list(d)[:5], d.popitem(), len(d))
for i in range(500): d[str(i)] = i
print(len(d), list(d.items())[-3:], 'x' in d, '5' in d)
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
e = {K(i): i for i in range(50)}
print(len(e), e[K(7)], K(99) in e)
class Evil:
    def __hash__(self): return 1
    def __eq__(self, o): g.clear(); return False
g = {Evil(): 1, Evil(): 2}
print(len(g))
try:
    for k in d: d[k + 'x' if isinstance(k, str) else k + 10**6] = 0
except RuntimeError as ex: print(ex)
h = {1: 1, 2: 2}
try:
    for k in h: del h[k]; h[k + 10] = 0
except RuntimeError as ex: print(ex)
s = {}
s.setdefault('a', []).append(1); s.setdefault('a', []).append(2); print(s)
print({1: 'a', 1.0: 'b', True: 'c'}, {float('nan'): 1}, hash(0) == hash(0.0))
import sys  # sys only
print(len(sys.modules) > 10, dict.fromkeys('abc'), {**{'a': 1}, 'b': 2})
m = dict(a=1); m.update(b=2); del m['a']; m['a'] = 3; print(m, list(m.keys()), list(reversed(m)))
try: {}[[1]]
except TypeError as ex: print(ex)
big = {i: i for i in range(100000)}
for i in range(99990): del big[i]
print(big, len(big))
