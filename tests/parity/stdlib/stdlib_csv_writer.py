# csv.writer (the Java _csv writer): quoting styles, doublequote/escapechar, quotechar None,
# lineterminator, skipinitialspace's empty-field rules, fields of other types (str() of numbers,
# floats' repr, None, bool, complex), the write method's return value, writerows, and errors.
import array
import csv
import decimal
import fractions
import io
import _csv


def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        rets = [w.writerow(row) for row in rows]
        print(kw, rets, repr(s.getvalue()))
    except Exception as e:
        print(kw, "!!", type(e).__name__, e, repr(s.getvalue()))


wr([["a", "b"], [1, 2.5, None, True], [], [""], [None], ["a,b", 'c"d', "e\nf", "g\rh"]])
wr([[1.1, 0.1 + 0.2, 1e100, 1e-7, float("inf"), float("-inf"), float("nan"), 10**20, -0.0, 3j, 1 + 2j]])
wr([[decimal.Decimal("1.10"), fractions.Fraction(1, 3), b"bytes", bytearray(b"x"), (1, 2), [3], {4: 5}]])
wr([['a"b']], doublequote=False, escapechar="\\")
wr([['a"b']], doublequote=False)
wr([["a,b"]], quoting=csv.QUOTE_NONE)
wr([["a,b"]], quoting=csv.QUOTE_NONE, escapechar="\\")
wr([['a"b', "c\nd", "e\\f"]], quoting=csv.QUOTE_NONE, escapechar="\\")
wr([["a\\b", "c"]], escapechar="\\")
wr([["a\\b", "c"]], escapechar="\\", quoting=csv.QUOTE_NONE)
wr([["a\\b", "c"]], escapechar="\\", quoting=csv.QUOTE_ALL)
wr([["a", "", None, 1]], quoting=csv.QUOTE_ALL)
wr([["a", "", None, 1, 1.5, True, decimal.Decimal(2), 2j]], quoting=csv.QUOTE_NONNUMERIC)
wr([["a", "", None, 1]], quoting=csv.QUOTE_STRINGS)
wr([["a", "", None, 1]], quoting=csv.QUOTE_NOTNULL)
for q in range(6):
    wr([[None], [""], [None, None], ["", ""]], quoting=q, escapechar="\\")
wr([["a", "b"], ["c"]], lineterminator="\n")
wr([["a|b"]], lineterminator="|")
wr([["a!b", "c"]], lineterminator="!?")
wr([["a?b", "c"]], lineterminator="!?", quoting=csv.QUOTE_NONE, escapechar="\\")
wr([["a", "b"]], lineterminator="")
wr([["a", "", "b"]], delimiter=" ", skipinitialspace=True)
wr([["a", None, "b"]], delimiter=" ", skipinitialspace=True)
wr([["a", None, "b"]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NOTNULL)
wr([["a", "", "b"]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NOTNULL)
wr([[""]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NONE)
wr([[None]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_STRINGS)
wr([["a b"]], delimiter=" ")
wr([[" a"]], skipinitialspace=True)
wr([["x", "a'b"]], quotechar="'")
wr([["a,b", 'c"d']], quotechar=None, escapechar="\\")
wr([["a,b"]], quotechar=None)
wr([["\u00e4\U0001f600", "x,\U0001f600"]])
wr([["x\u20acy", "z"]], delimiter="\u20ac")
wr([["\U0001f600x"]], quotechar="\U0001f600")
wr([["a\tb", "c d"]], dialect="excel-tab")
wr([["a", 'b"c', "d\ne"]], dialect="unix")
wr(["abc", (1, 2), range(3), iter(["x", "y"]), {"k": 1}])
wr([1])
wr([[object]])
wr([array.array("i", [1, 2, 3]), array.array("d", [1.5, 2.25])])


class Bad:
    def __str__(self):
        raise ValueError("no str")


wr([["a", Bad()]])


def gen():
    yield "a"
    raise KeyError("gen")


wr([gen()])


class F:
    def __init__(self):
        self.n = 0

    def write(self, s):
        self.n += 1
        return "ret%d:%r" % (self.n, s)


w = csv.writer(F())
print(w.writerow(["x"]), w.writerows([["y"], ["z"]]), w.writerows([]), w.writerows(iter([])))
print(type(w).__name__, w.dialect.delimiter, sorted(set(dir(w)) - set(dir(object))))


class Fails:
    def write(self, s):
        raise OSError("disk full")


try:
    csv.writer(Fails()).writerow(["a"])
except OSError as e:
    print("OSError", e)


class NoWrite:
    write = 5


for target in (NoWrite(), 1, None):
    try:
        csv.writer(target)
    except TypeError as e:
        print("TypeError", e)


class Row:
    def __iter__(self):
        raise TypeError("custom")


class Row2:
    def __iter__(self):
        raise ValueError("custom")


s = io.StringIO()
w = csv.writer(s)
for row in (Row(), Row2(), 5, None):
    try:
        w.writerow(row)
    except Exception as e:
        print(type(e).__name__, e)
for args, kw in (((), {}), ((1, 2), {}), (([1],), {"x": 1})):
    try:
        w.writerow(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
for rows in (5, [5], [["ok"], 5]):
    try:
        w.writerows(rows)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(s.getvalue()))
try:
    _csv.Writer.writerow(1, [])
except TypeError as e:
    print("TypeError", e)
try:
    _csv.Writer()
except TypeError as e:
    print("TypeError", e)
try:
    w.dialect = None
except AttributeError as e:
    print("AttributeError", e)

# round trip through a file
import tempfile
with tempfile.TemporaryFile("w+", newline="") as f:
    rows = [["id", "text", "n"], [1, "multi\nline", 2.5], [2, 'quote "here"', None], [3, "", -1]]
    csv.writer(f).writerows(rows)
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(list(csv.reader(f)))

# readers, writers and dialects cannot be pickled or copied
import copy
import pickle

for o in (csv.reader([]), csv.writer(io.StringIO()), csv.get_dialect("excel")):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(o, proto)
        except Exception as e:
            print(type(o).__name__, proto, type(e).__name__, e)
    for f in (copy.copy, copy.deepcopy):
        try:
            f(o)
        except TypeError as e:
            print(type(o).__name__, f.__name__, e)
    print(o == o, hash(o) == hash(o), o.__class__)
print(csv.reader([]).__reduce__()[1])

# no weak references to them (CPython's types have no weaklist slot); a Python subclass has one
import weakref


class SubDialect(_csv.Dialect):
    pass


for o in (csv.reader([]), csv.writer(io.StringIO()), csv.get_dialect("excel"), SubDialect()):
    try:
        print(type(weakref.ref(o)).__name__, type(o).__name__)
    except TypeError as e:
        print("TypeError", e)
