for spec in ["", "10", "<10", "^10", "*>10", "+", " ", "010", "_", ",", "x", "#X", "#o", "#b", "08b", "e", ".3e", "g", ".2g", ".10g", "%", ".1%", "n", "c", "=+10", "z.1f"]:
    for v in [0, 1, -42, 1234567, 255]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), v, type(e).__name__, e)
for spec in ["", ".3", ".0f", "10.2f", "e", ".2e", "g", ".3g", "#.3g", "%", "+.1f", ",.2f", "_.3f", "010.3f", "-^12.4", "z.1f", ".1", ".0", "#.0f", "E", "G"]:
    for v in [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e20, float('inf'), float('nan'), 0.1, 2.5, 100.0]:
        try:
            print(repr(spec), v, repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), v, type(e).__name__, e)
for spec in ["", "5", ">5", "^6", ".2", "x<7.3"]:
    print(repr(spec), repr(format("abc", spec)))
s = set(range(20)); s -= {3, 5, 7}; s |= {100, 200}; print(s)
print(set("hello world"), frozenset("abc") | {"z"}, {1, 2} ^ {2, 3}, {1,2,3} & {2,3,4}, {1,2,3} - {2})
d = {1: 'a', 2: 'b'}; d.update([(3, 'c')], x=4); print(d, d.get(9), d.setdefault(5, 'e'), d.pop(1), d.popitem(), d)
print(dict.fromkeys("ab", 0), list(d.items()), list(reversed(d)), d.keys() & {2, 3}, d == {2: 'b', 3: 'c'})
print("  Hello  ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1), "abc".find("c"), "abcabc".rfind("b"), "aaa".count("a"), "a,b".partition(","), "Title case words".title(), "ab".center(6, "*"), "42".zfill(5), "-42".zfill(5))
print("x".join("abc"), "tab\there".expandtabs(4), "l1\nl2\r\nl3".splitlines(), "l1\nl2".splitlines(True), "ab".startswith(("x", "a")), "é".encode(), b"\xc3\xa9".decode(), "abc".replace("b", "B"), "abc".isalpha(), "12".isdigit())
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", 0)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)
class W(metaclass=Meta, flag=5):
    def __init__(self, v): self.v = v
w = W(3); print(w.v, W.added, type(W), type(W).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        Base.subs.append((cls.__name__, kw))
class S1(Base, tag="x"): pass
print(Base.subs)
class Desc:
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None): return ("desc", self.name, obj is None)
class H:
    d = Desc()
print(H.d, H().d)
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
x = Sl(); print(x.a, hasattr(x, "b"), Sl.a)
try:
    x.c = 3
except AttributeError as e:
    print(e)
class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise MyErr("bad", 7)
except ValueError as e:
    print(repr(e), str(e), e.code, e.args, isinstance(e, Exception))
e = KeyError("k"); e.add_note("n1"); print(e.__notes__, e.__cause__, e.__context__, e.__suppress_context__)
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Num(%d)" % self.v
print(Num(1) + 2, 3 + Num(4), sum([Num(1), Num(2)], Num(0)), sorted([Num(3), Num(1)]), max(Num(2), Num(5)))
print(1 == 1.0, 2 ** -1, 10 // 3, 10 % -3, -10 / 4, 3 < 4.5, "a" < "b", [1, 2] < [1, 3], (1, 2) == (1, 2), 0.1 + 0.2 == 0.3)
print(hash(1) == hash(1.0), hash("") , hash(()), hash(None) == hash(None), hash((1, 2)))
print(int("  -12_3 "), int("0b101", 0), float("  -1_0.5 "), round(-2.5), round(0.125, 2), round(12345, -2), 7 .bit_length(), (2.5).as_integer_ratio())
print(list(range(10, 0, -3)), range(5)[::-1], len(range(0, 10, 3)), 5 in range(0, 10, 5), range(3) == range(0, 3))
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), getattr(1, "real"), type(1.5).__name__, int.__name__, object.__name__)
print([].__class__, (1).__class__.__mro__, type.__mro__, dict.__base__, str.__bases__)
print(str(1.0), str(None), repr("it's"), repr('"q"'), ascii("é"), "%5s|%-5s|%05d|%x|%c" % ("a", "b", 42, 255, 65))
print("{0}{1}{0}".format("a", "b"), "{x}".format(x=1), "{:>{w}}".format("r", w=4), "{0[1]}".format([5, 6]), "{!r}".format("s"))
a = [3, 1, 2]; a.sort(); a.insert(0, 9); a.extend((7,)); a.remove(1); print(a, a.index(2), a.count(9), a.pop(), a[::-1], a * 2)
b = list(range(10)); b[2:5] = ["x"]; del b[::3]; print(b)
print(bool(0), bool(""), bool([0]), not None, 1 if [] else 2)
print(divmod(-7, 2), divmod(7.5, 2), pow(3, 4, 5), abs(-2.5), min(3, 1, key=lambda v: -v), max([], default="d"))
