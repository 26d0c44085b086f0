# enum, copy, heapq, bisect, keyword, reprlib, operator, contextlib
import bisect
import contextlib
import copy
import enum
import heapq
import keyword
import operator
import reprlib


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Auto(enum.StrEnum):
    A = enum.auto()
    B = enum.auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), Color.RED in Color)
print(Perm.R | Perm.W, Perm(7), Perm.R in Perm(6), list(Perm(5)), ~Perm.R)
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), Auto.A, Auto.B.upper())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)


@enum.unique
class Unique(enum.Enum):
    ONE = 1
    TWO = 2


print(Unique.TWO, enum.Enum("Dyn", "a b").b)

nested = {"list": [1, [2, 3]], "set": {4}, "tuple": (5, [6])}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow["list"] is nested["list"], deep["list"] is nested["list"], deep == nested)


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


n = Node(1)
n.children.append(Node(2))
n.children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[1] is m, m is not n)

h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h)
print(h[0], [heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, [4, 7, 1, 9]), list(heapq.merge([1, 4], [2, 3])))
heapq.heappush(h, 0)
print(h[0], heapq.heappushpop(h, 10), heapq.heapreplace(h, -1))

a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 10, key=lambda x: x * 2))

print(keyword.iskeyword("async"), keyword.issoftkeyword("match"), len(keyword.kwlist) > 30, "type" in keyword.softkwlist)

r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr("x" * 100), r.repr(list(range(10))), reprlib.repr({i: i for i in range(20)}))


class Loop:
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Loop(" + repr(self.inner) + ")"


lp = Loop()
lp.inner = [lp]
print(repr(lp))

print(operator.lt(1, 2), operator.getitem([1, 2], 1), operator.concat("a", "b"), operator.truth([]))
print(sorted([(1, "b"), (0, "c")], key=operator.itemgetter(1)), operator.length_hint([1, 2, 3]))


@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")


with tag("p") as t:
    print(t)
with contextlib.suppress(KeyError):
    {}["missing"]
with contextlib.ExitStack() as stack:
    for n in "ab":
        stack.enter_context(tag(n))
    print("inside")
print(contextlib.nullcontext(5).__enter__())
