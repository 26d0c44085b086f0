# CALL's shortcuts for Java functions (interp/BuiltinCalls): method descriptors with one or two
# arguments, bound built-in methods, builtins' METH_O functions, isinstance, and int/str/float/type
# of one argument. Every error must still be CPython's, and subclass overrides must win.
import sys


def err(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ok", repr(r))


lst = []
lst.append(1)
list.append(lst, 2)
print(lst, "abc".upper(), str.upper("abc"), "a,b".split(","), "x".startswith("x"))
err(lambda: list.append(1, 2))
err(lambda: list.append())
err(lambda: list.append(lst))
err(lambda: lst.append())
err(lambda: lst.append(1, 2))
err(lambda: str.upper(1))
err(lambda: str.upper())
err(lambda: "a".upper(1))
err(lambda: str.startswith(b"x", "x"))
err(lambda: dict.get({}, 1))
err(lambda: list.copy([1], 2))
# positional methods of one to three arguments (dict.get, str.find, list.pop, str.split/replace)
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), dict.get(d, "a"), dict.get(d, "z", 5), d.setdefault("c", []), d)
err(lambda: d.get())
err(lambda: d.get(1, 2, 3))
err(lambda: dict.get([], 1))
err(lambda: d.get([]))
print("abcb".find("b"), "abcb".find("b", 2), "abcb".find("b", 2, 3), "abc".startswith(("x", "a")), "  x ".strip(), "xax".strip("x"))
err(lambda: "abc".find())
err(lambda: "abc".find("b", 1, 2, 3))
for name in ("find", "rfind", "index", "rindex", "count"):
    err(lambda: getattr("abc", name)(1))
err(lambda: "abc".strip(1))
err(lambda: "abc".startswith(1))
p = [1, 2, 3]
print(p.pop(), p.pop(0), p, [].copy())
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop("x"))
print("a b  c".split(), "a,b".split(","), "a b".split(None), "a-b-c".replace("-", "_"), "aaa".replace("a", "b", 2))
err(lambda: "a".split(1))
err(lambda: "a".split(""))
err(lambda: "a".replace(1, "b"))
err(lambda: "a".replace("a", 2))
err(lambda: "a".replace("a"))
err(lambda: str.replace(1, "a", "b"))
ap = lst.append
ap(3)
err(lambda: ap())
err(lambda: ap(1, 2))
print(lst)


class S(str):
    def upper(self):
        return "S.upper"

    def startswith(self, p):
        return "S.startswith " + p


class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x)


s = S("abc")
print(s.upper(), s.startswith("a"), str.upper(s), s.lower(), type(s.lower()).__name__)
l = L()
l.append(7)
list.append(l, 8)
print(l, len(l), len(s), len("héllo"), len([1, 2]))
err(lambda: len())
err(lambda: len(1, 2))
err(lambda: len(5))


class N:
    def __len__(self):
        return -1


class Big:
    def __len__(self):
        return 2 ** 70


err(lambda: len(N()))
err(lambda: len(Big()))
print(isinstance(1, int), isinstance(True, int), isinstance(s, (int, str)), isinstance(l, list))
err(lambda: isinstance(1))
err(lambda: isinstance(1, 2))
err(lambda: isinstance(1, (int, 2)))


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return True


class M(metaclass=Meta):
    pass


print(isinstance(3, M))


class WithInt:
    def __int__(self):
        return 42


class WithIndex:
    def __index__(self):
        return 7


class MyInt(int):
    pass


class StrSub(str):
    pass


class WithStr:
    def __str__(self):
        return StrSub("sub")


class BadStr:
    def __str__(self):
        return 5


class WithFloat:
    def __float__(self):
        return 2.5


print(int("12"), int(" -7 "), int("1_000"), int(3.9), int(-3.9), int(True), int(WithInt()), int(WithIndex()))
print(type(int(MyInt(5))).__name__, int(MyInt(5)), int(b"42"), int("٣"))
err(lambda: int("x"))
err(lambda: int("1.5"))
err(lambda: int(""))
err(lambda: int(None))
err(lambda: int([]))
err(lambda: int(float("inf")))
err(lambda: int(float("nan")))
print(str(1), str("a"), str(None), str(1.5), str([1, "a"]), type(str(WithStr())).__name__, str(b"x"))
err(lambda: str(BadStr()))
print(float("1.5"), float(" 2 "), float(3), float(WithFloat()), float("nan"), float("-inf"), float(True))
err(lambda: float("x"))
err(lambda: float([]))
print(type(1), type("a"), type(s), type(l), type(None), type(type))
err(lambda: type(1, 2))
f = int
print(f("5"), str.__call__ if False else "", sorted(map(int, ["3", "1", "2"])), list(map(str, [1, 2])))

# what profilers see: c_call / c_return / c_exception for the same calls
events = []


def prof(frame, event, arg):
    if event.startswith("c_"):
        events.append((event, getattr(arg, "__qualname__", repr(arg))))


def traced():
    x = []
    x.append(1)
    list.append(x, 2)
    len(x)
    isinstance(x, list)
    "a".upper()
    int("3")
    str(4)
    try:
        int("y")
    except ValueError:
        pass
    try:
        x.append()
    except TypeError:
        pass
    try:
        len(5)
    except TypeError:
        pass


sys.setprofile(prof)
traced()
sys.setprofile(None)
for e in events:
    print(*e)

mon = sys.monitoring
mon.use_tool_id(3, "t")
seen = []
mon.register_callback(3, mon.events.CALL, lambda code, off, c, a: seen.append(("CALL", getattr(c, "__qualname__", c), a)))
mon.register_callback(3, mon.events.C_RETURN, lambda code, off, c, a: seen.append(("C_RETURN", getattr(c, "__qualname__", c), a)))
mon.register_callback(3, mon.events.C_RAISE, lambda code, off, c, a: seen.append(("C_RAISE", getattr(c, "__qualname__", c), a)))
mon.set_events(3, mon.events.CALL | mon.events.C_RETURN | mon.events.C_RAISE)
traced()
mon.set_events(3, 0)
mon.free_tool_id(3)
for e in seen:
    print(*e)

# the containers' calls of zero or one argument
t = (1, 2)
print(list(), dict(), set(), tuple(), list("ab"), list(t), tuple(t) is t, tuple([1, 2]), sorted(set("abca")))
print(list({"k": 1}), tuple(range(3)), set(range(3)), list(x * 2 for x in range(3)), tuple(iter([5])))
for bad in (lambda: list(5), lambda: tuple(None), lambda: set(1.5), lambda: set([[]]), lambda: list(1, 2), lambda: dict(1)):
    err(bad)


def gen():
    yield 1
    raise RuntimeError("in gen")


err(lambda: list(gen()))
err(lambda: tuple(gen()))
err(lambda: set(gen()))


class LL(list):
    pass


print(type(LL("ab")).__name__, LL("ab"), type(list(LL("x"))).__name__)
