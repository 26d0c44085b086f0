# inspect.signature, __doc__ and __text_signature__ of built-in functions, methods and types
import builtins
import inspect


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


def first_line(doc):
    return doc if doc is None else doc.splitlines()[0] if doc else repr(doc)


for name in sorted(vars(builtins)):
    obj = getattr(builtins, name)
    if callable(obj) and not (isinstance(obj, type) and issubclass(obj, BaseException)):
        print(name, getattr(obj, "__text_signature__", "-"), "|", first_line(obj.__doc__), "|", sig(obj))

for t in (str, bytes, list, tuple, dict, set, frozenset, int, float, complex, bytearray, range, object, type):
    for name in sorted(vars(t)):
        if name.startswith("_"):
            continue
        obj = getattr(t, name)
        if callable(obj) and not isinstance(obj, type):
            print("%s.%s" % (t.__name__, name), obj.__text_signature__, "|", sig(obj))

for obj in (object.__init__, object.__new__, int.__add__, list.__len__, dict.__getitem__, str.__repr__,
            object.__eq__, type.__call__, list.__init__, [].__len__, (1).__add__, object.__init_subclass__,
            object.__subclasshook__, int.__new__):
    print(obj.__qualname__, obj.__text_signature__, "|", first_line(obj.__doc__), "|", sig(obj))

# bound methods drop self; a module's function drops $module
print(sig("".split), sig([].append), sig({}.get), sig(dict.fromkeys), sig(str.maketrans), sig(int.from_bytes))
print(sig(len), len.__text_signature__, len.__doc__)
print(repr(str.split.__doc__))
print(str.__doc__)
print(int.__text_signature__, object.__text_signature__, float.__text_signature__)
class C: pass
class D(int): pass
print(sig(C), sig(D), C.__text_signature__, C.__doc__)
def f(a, b=1): "my doc"
print(sig(f), f.__doc__)
