# Exception classes called from CALL (interp/BuiltinCalls): the shortcut for classes that keep
# BaseException's __new__ and __init__ must build what the two would build, and step aside for
# everything else (own __new__/__init__, metaclasses, classes changed after use).
import sys


def show(e):
    print(type(e).__name__, repr(e), e.args, str(e), e.__traceback__, e.__cause__, e.__context__)


for cls in (ValueError, KeyError, IndexError, ArithmeticError, Exception, BaseException, RuntimeError):
    show(cls())
    show(cls("one"))
    show(cls(1, "two"))
print(StopIteration(5).value, StopIteration().value, StopAsyncIteration(7).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file")
print(type(e).__name__, e.errno, e.strerror, e.args)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e.reason, e.start)
e = ImportError("m", name="x")
print(e.name, e.args)
e = AttributeError("a", name="n", obj=1)
print(e.name, e.obj)


class Plain(ArithmeticError):
    pass


class WithInit(Exception):
    def __init__(self, a, b=2):
        super().__init__(a + b)
        self.extra = a


class WithNew(Exception):
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls, *args)


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)


class Metaed(Exception, metaclass=Meta):
    pass


show(Plain())
show(Plain("x", 2))
w = WithInit(1)
print(w.args, w.extra)
show(WithNew("n"))
show(Metaed("m"))
Plain.__init__ = lambda self, *a: print("late __init__", a)
p = Plain(5)
print(p.args)
del Plain.__init__
print(Plain(6).args)
try:
    raise Plain("raised") from KeyError("k")
except Plain as e:
    show(e)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("outer")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
try:
    ValueError(x=1)
except TypeError as e:
    print("TypeError", e)
try:
    raise Plain(1, 2, 3)
except ArithmeticError as e:
    print(e, e.args)
err = None
try:
    KeyError(1, 2)["x"]
except TypeError as e:
    print(e)
print(isinstance(Plain(), ArithmeticError), Plain().__dict__, hasattr(ValueError(), "__dict__"))
raise ValueError("done", 1)
