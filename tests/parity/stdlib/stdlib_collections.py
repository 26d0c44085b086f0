# collections on _collections (deque, defaultdict) and the pure-Python rest
from collections import deque, defaultdict, namedtuple, OrderedDict, Counter, ChainMap
import collections.abc as cabc

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d)
d.rotate(2)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d, d.count(2), d.index(3))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b, list(reversed(b)))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(isinstance(d, cabc.MutableSequence), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))

dd = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog".split():
    dd[len(word)].append(word)
print(sorted(dd.items()))
print(dd.default_factory, isinstance(dd, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts)
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print("KeyError:", e)

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(y=10), Point._fields)
x, y = p
print(x, y, p == (3, 4))

c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4])
c.update("aaz")
print(c["a"], c["z"], (c - Counter("a" * 7)).get("a"))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(last=False))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm))
print(issubclass(list, cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
