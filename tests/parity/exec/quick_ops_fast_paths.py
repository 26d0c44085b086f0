# The eval loop's fast paths (interp/QuickOps, PyStr indexing, FOR_ITER, UNPACK_SEQUENCE) must
# give what the generic protocol gives: subclasses that override operators, NaN, big ints,
# overflow from long to BigInteger, zero divisors, str indexing beyond the BMP.
import math


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __lt__(self, other):
        return "MyInt.__lt__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"

    def __eq__(self, other):
        return "MyFloat.__eq__"

    __hash__ = float.__hash__


class MyStr(str):
    def __add__(self, other):
        return "MyStr.__add__"

    def __getitem__(self, i):
        return "MyStr[%r]" % (i,)


class MyList(list):
    def __getitem__(self, i):
        return "MyList[%r]" % (i,)

    def __setitem__(self, i, v):
        print("MyList set", i, v)


class MyDict(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        print("hash", self.k)
        return hash(self.k)

    def __eq__(self, other):
        print("eq", self.k)
        return isinstance(other, Key) and self.k == other.k

    def __repr__(self):
        return "Key(%r)" % (self.k,)


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))


# subclasses keep their operators
print(MyInt(3) + 4, MyInt(3) < 4, MyFloat(2.0) * 3.0, MyFloat(2.0) == 2.0)
print(MyStr("a") + "b", MyStr("abc")[1], MyList([1, 2])[0], MyDict()[5])
ml = MyList([1, 2])
ml[0] = 9
print(True + True, True * 2.5, 3 < True, [10, 20][True], (1, 2)[False])

# int overflow into big ints, and back
big = 2 ** 62
for i in range(3):
    print(big + big * i, big * 4 - 1, -big - big - big, (big << 3) >> 3, 1 << 63, 7 << 60)
print(9223372036854775807 + 1, -9223372036854775808 - 1, -9223372036854775808 // -1)
print(3037000500 * 3037000500, 12345 >> 70, -12345 >> 70, -1 >> 1, 5 >> 0)
attempt("1 << -1", lambda: 1 << -1)
attempt("1 >> -1", lambda: 1 >> -1)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1 / 0", lambda: 1 / 0)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 / 0.0", lambda: 1 / 0.0)
attempt("1.0 / -0.0", lambda: 1.0 / -0.0)
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("0 ** -1.0", lambda: 0 ** -1.0)
attempt("10.0 ** 400", lambda: 10.0 ** 400)
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("2 ** 1100 + 0.5", lambda: 2 ** 1100 + 0.5)
print(7 / 2, -7 / 2, 2 ** 53 / 3, (2 ** 53 + 1) / 3, 10 ** 17 / 7, 1 / 3)
print(2 ** 53 + 1 + 0.0, 9007199254740993 * 1.0, 0.1 + 0.2, 3 - 0.5, 2.5 * 4)
print(2.0 ** 0.5, 3.0 ** 2.0, 3.0 ** 2, 2 ** 0.5, 7.0 ** -1.0, 1.5 ** 1.0, (-8.0) ** (1 / 3))
print(1e200 ** 2.0 if False else 1e100 ** 2.0, (-2.0) ** 0.5, (-0.0) ** 0.5, float("inf") ** 0.5)
attempt("1e200 ** 2.0", lambda: 1e200 ** 2.0)
print("ab" + "cd", "" + "", "\U0001F600" + "x")

# comparisons: NaN, ints beyond 2**53 against floats, strings
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, 1 < nan, nan >= nan, 1.0 == 1, 1 == 1.0)
print(2 ** 53 + 1 == 2.0 ** 53, 2.0 ** 53 == 2 ** 53 + 1, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 63 > 1e18)
print(10 ** 20 == 1e20, 1e20 == 10 ** 20, -5 < -4.5, 3 <= 3.0, "a" == "a", "a" != "b", "a" < "b")
print("abc" < "abd", "b" > "abc", "" < "a", "a" <= "a", "\uffff" < "\U00010000", "\ud800" > "\U00010000", "\u00e9" >= "z")
print(sorted(["b", "\U0001F600", "a\u4e2d", "\uff01", "a", ""]), MyStr("b") < "c", "x" < MyStr("y"))
print(1 < 2 < 3, 3 > 2 > 1, 2 ** 64 > 2 ** 63, -(2 ** 64) < 0, float("inf") > 10 ** 400)

# indexing and dicts
t = (1, 2, 3)
li = [1, 2, 3]
print(t[-1], li[-3], t[0], li[2])
attempt("li[3]", lambda: li[3])
attempt("t[-4]", lambda: t[-4])
attempt("li[2 ** 70]", lambda: li[2 ** 70])
attempt("'abc'[3]", lambda: "abc"[3])
d = {Key(1): "one"}
print(d[Key(1)])
attempt("d[Key(2)]", lambda: d[Key(2)])
attempt("d[[]]", lambda: d[[]])
li[-1] = 30
print(li)
def store(): li[5] = 1
attempt("li[5] = 1", store)

# str indexing and slicing beyond the BMP, surrogates, latin-1
s = "a\u00e9\U0001F600b\u4e2dc\U0001F601"
print(len(s), [s[i] for i in range(len(s))], s[-1], s[2], s[3:6], s[::-1], s[1:], s[:2])
print([hex(ord(c)) for c in s])
lone = "x\ud800y\udc00"
print(len(lone), ascii(lone[1]), ascii(lone[3]), ascii(lone[1:3]), ascii(lone + "\udc00"))
w = "\u4e2d\u6587\u5b57"
print(len(w), w[1], w[-1], w[0:2], w[1:1] == "", MyStr("xy")[0])
attempt("s[len(s)]", lambda: s[len(s)])
print(s.find("b"), s.index("\U0001F601"), s[4:], len(s * 3), (s * 3)[15])

# loops: FOR_ITER over range and list, UNPACK_SEQUENCE of lists and tuples
total = 0
for i in range(5):
    total += i
for x in [1, 2, 3]:
    total += x
lst = [4, 5]
for _ in range(2):
    a, b = lst
    total += a * b
    a, b = (b, a)
print(total, a, b)
attempt("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]"))
attempt("a, b = [1]", lambda: exec("a, b = [1]"))
grow = [1, 2]
for x in grow:
    if len(grow) < 5:
        grow.append(x * 10)
print(grow)
print(math.isnan(nan + 1), MyFloat(1.5) + 1)

# list.sort's pre-checked comparisons: ints, floats (NaN, -0.0), strs, tuples of them, mixed
# (no list whose order with NaN depends on the sort algorithm: pyjama's is not listsort yet)
print(sorted([3, -1, 2 ** 70, -(2 ** 70), 0, 2 ** 63 - 1, -(2 ** 63)]))
print(sorted([2.5, -0.0, 0.0, 1e308, -1e308, 0.0, -0.0]))
print(sorted(["b", "a\U0001F600", "a\uffff", "", "ab", "B"]), sorted(["\ud800", "a", "\U00010000"]))
print(sorted([(1, "b"), (1, "a"), (0, "z", 1), (0, "z"), (1,), (2 ** 65, ""), (1, "a", 0.5)]))
print(sorted([(nan, 1), (nan, 0)]), sorted([(1.0, 2), (1, 1), (True, 0)]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0,), "z")]), sorted([(1, nan), (0, nan)]))
print(sorted([(0.0, "b"), (-0.0, "a")]), sorted([("x", MyInt(2)), ("x", 1), ("w", 5)], key=lambda t: t[0]))
attempt("sorted([(1, 'a'), (1, 2)])", lambda: sorted([(1, "a"), (1, 2)]))
attempt("sorted([1, 'a'])", lambda: sorted([1, "a"]))
print(sorted([(3, "c"), (1, "a"), (2, "b")], reverse=True), sorted(["b", "A", "a"], key=str.lower))


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print([x.v for x in sorted([Loud(2), Loud(1)])])


# COMPARE_OP's int/int and str/str fast path (a mask of less/equal/greater per comparison):
# every comparison at the long boundaries, where p - q overflows, and beyond them (big ints).
edges = [-2**63 - 1, -2**63, -2**63 + 1, -5, -1, 0, 1, 5, 2**63 - 2, 2**63 - 1, 2**63, 2**70, True]
rows = []
for p in edges:
    rows.append(" ".join("".join("1" if r else "0" for r in (p < q, p <= q, p == q, p != q, p > q, p >= q)) for q in edges))
print("\n".join(rows))
words = ["", "a", "b", "ab", "é", "z", "\U0001f600", "\ud800"]
for p in words:
    print(" ".join("".join("1" if r else "0" for r in (p < q, p <= q, p == q, p != q, p > q, p >= q)) for q in words))
x = 3
print(x < 4 < 5, 4 <= x, x == 3.0, x != 3, [x >= y for y in range(6)])


# InlineOps (BINARY_OP's int/float + - * and in-place forms, list[int] load and store): results
# at the long boundaries (overflow into big ints), mixed with bools and subclasses, and the
# list indexes around both ends, a big int index and a bool index.
big = [-2**63, -2**63 + 1, -3, 0, 2, 2**62, 2**63 - 1]
for p in big:
    print([(p + q, p - q, p * q) for q in big])
t = 2**63 - 1
t += 1
t -= 2**64
t *= -3
print(t, True + 1, 2 - True, 3 * False, 1.5 + 2.5, 1.5 - 0.25, -0.0 - 0.0, 0.0 * -1, 1e308 * 10, float("nan") * 0)
class Sub(int):
    def __add__(self, other):
        return "Sub.__add__"
class FSub(float):
    def __mul__(self, other):
        return "FSub.__mul__"
print(Sub(2) + 3, 3 + Sub(2), FSub(2.0) * 2.0, 2.0 * FSub(2.0), 7 // 2, 7 % -3, 2 ** 10, 6 / 4, 1 << 3, 6 & 3)
lst = [10, 20, 30]
for i in (-4, -3, -1, 0, 2, 3, 2**63, -2**63 - 1, True):
    try:
        print(i, lst[i])
    except IndexError as e:
        print(i, "IndexError", e)
    try:
        lst[i] = i
        print(lst)
    except IndexError as e:
        print(i, "IndexError", e)
class L(list):
    def __getitem__(self, i):
        return ("L", i)
print(L([1])[0], [1, 2][-1], (1, 2)[-2])
