# The eval loop's inlined fast paths (interp/InlineOps, InlineIter): float / and ** 0.5, int & % >>,
# TO_BOOL of bools and ints, FOR_ITER over ranges and lists, UNPACK_SEQUENCE of tuples; their
# edge cases, and tracing/monitoring turned on while such a loop runs.
import math
import sys

nan, inf = float("nan"), float("inf")
vals = [1.5, -2.25, 0.0, -0.0, 1e308, 5e-324, inf, -inf, nan, 3.0]
for x in vals:
    row = []
    for y in vals:
        try:
            row.append(repr(x / y))
        except ZeroDivisionError as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(x), row)
for x in vals + [4.0, 2.0, 1e-310, 1.0, -4.0, -1.0]:
    try:
        print(repr(x), repr(x ** 0.5), repr(x ** -0.5) if x > 0 else "", repr(x ** 0.25))
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(x), type(e).__name__, e)
# (no x ** 0.5 == math.sqrt(x) check: glibc's pow is not correctly rounded, e.g.
# 3.4780274884300686e+281 ** 0.5 is one ulp off sqrt on CPython; pyjama's pow rounds correctly)
xs = [float(i) for i in range(1, 3000)] + [i / 64 for i in range(1, 3000)]
s = 0.0
for x in xs:
    s += x ** 0.5 / (x + 1.0)
print(repr(s))

class F(float):
    def __truediv__(self, other):
        return "F.__truediv__"
    def __pow__(self, other):
        return "F.__pow__"
print(F(2.0) / 3.0, F(4.0) ** 0.5, 3.0 / F(2.0), 4.0 ** F(0.5), 1 / 2.0, 2.0 / 4, 9 ** 0.5, 9.0 ** 1)

ints = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**63, 2**63 - 1, 2**64, -2**70, True, False]
for x in ints:
    row = []
    for y in ints:
        try:
            row.append((x & y, x % y))
        except ZeroDivisionError as e:
            row.append(str(e))
        try:
            row.append(x >> y if y < 200 else "big")
        except ValueError as e:
            row.append(str(e))
    print(x, row)
for x in ints:
    row = []
    for y in ints:
        try:
            row.append((x // y, x ^ y, x | y, -x))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(x, row)
for v in [1.5, -0.0, 0.0, nan, inf, -inf, 2**63 - 1, -2**63, 2**63, True, False, F(2.5)]:
    print(repr(v), repr(-v), type(-v).__name__)
class N(int):
    def __neg__(self):
        return "N.__neg__"
    def __floordiv__(self, other):
        return "N.__floordiv__"
    def __xor__(self, other):
        return "N.__xor__"
    def __or__(self, other):
        return "N.__or__"
print(-N(3), N(7) // 2, N(7) ^ 1, N(7) | 8, -7 // 2, 7 // -2, -2**63 // -1, -2**63 // 1, 5 // 2**70)
print(True & True, True & 3, type(True & False).__name__, 5 >> 64, -5 >> 64, -5 >> 63, -2**63 >> 1, 1 >> 2**70)
a = 100
a &= 0x3C
a %= 7
a >>= 1
print(a)
class I(int):
    def __and__(self, other):
        return "I.__and__"
    def __mod__(self, other):
        return "I.__mod__"
    def __rshift__(self, other):
        return "I.__rshift__"
    def __bool__(self):
        return False
print(I(6) & 3, I(6) % 4, I(6) >> 1, 6 & I(3), 6 % I(4), 6 >> I(1))

# TO_BOOL: bools, ints (small and big), an int subclass with its own __bool__, the rest
for v in [True, False, 0, 1, -1, 2**100, -2**100, 0 * 2**100, I(5), 0.0, -0.0, nan, "", "x", [], [0], None]:
    if v:
        print("true", repr(v))
    else:
        print("false", repr(v))
k, n = 9, 0
while k:
    k >>= 1
    n += 1
print(n, not 0, not 2**64)

# FOR_ITER: ranges (steps, empty, big bounds) and lists mutated while iterated
for r in [range(5), range(5, 0, -2), range(0), range(2**63 - 3, 2**63 + 2), range(-2**63 - 2, -2**63 + 2), range(10, 0)]:
    print([i for i in r], sum(1 for _ in r))
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 8:
        lst.append(x * 10)
print(lst)
lst = [1, 2, 3, 4, 5]
seen = []
for x in lst:
    seen.append(x)
    if x == 2:
        lst.clear()
print(seen, lst)
lst = [1, 2, 3, 4]
for x in lst:
    seen.append(x)
    del lst[0]
print(seen, lst)
it = iter([1, 2])
for x in it:
    pass
print(list(it), next(it, "done"))
r = iter(range(3))
print(next(r), [x for x in r], next(r, "done"))

# UNPACK_SEQUENCE: tuples of the right and wrong lengths, lists, subclasses, other iterables
pairs = [(1, 2), (3, 4)]
for p, q in pairs:
    print(p, q)
a, b, c = (1, 2, 3)
(d,) = (4,)
print(a, b, c, d)
for bad in [(1, 2, 3), (1,), (), [1, 2, 3], "abc", iter([1])]:
    try:
        x, y = bad
        print(x, y)
    except ValueError as e:
        print("ValueError", e)
class T(tuple):
    def __iter__(self):
        return iter(("T", "iter"))
x, y = T((1, 2))
print(x, y)
x, y = [5, 6]
print(x, y, *(7, 8))
first, *rest = (1, 2, 3)
print(first, rest)

# tracing and monitoring turned on while such loops run: the sites take the slow path
def traced_loop():
    total = 0.0
    data = [1.0, 4.0, 9.0]
    for i in range(6):
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        for a, b in [(data[i % 3], 2.0)]:
            total += a ** 0.5 / b
    sys.settrace(None)
    return total
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno - traced_loop.__code__.co_firstlineno))
    return tracer
sys.settrace(None)
print(traced_loop(), len(events), events[:12])

mon = sys.monitoring
mon.use_tool_id(3, "loops")
counts = {}
def on_branch(code, src, dest):
    counts[code.co_name] = counts.get(code.co_name, 0) + 1
mon.register_callback(3, mon.events.BRANCH, on_branch)
def monitored(n):
    acc = 0
    for i in range(n):
        if i == 50:
            mon.set_events(3, mon.events.BRANCH)
        acc = (acc + (i & 7) % 3) >> 0
    for x in [1, 2, 3] * 10:
        acc += x
    return acc
print(monitored(100), counts)
mon.set_events(3, 0)
print(monitored(100))
mon.free_tool_id(3)
