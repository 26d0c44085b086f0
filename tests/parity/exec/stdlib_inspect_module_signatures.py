# __doc__, __text_signature__ and inspect.signature of the functions and types of modules
# CPython writes in C (pyjama in Java)
import inspect


def sig(obj):
    try:
        return str(inspect.signature(obj))
    except (ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


def first_line(doc):
    return doc if doc is None else doc.splitlines()[0] if doc else repr(doc)


import math, itertools, gc, marshal, binascii, operator, functools, atexit, _io, _weakref
for m in (math, itertools, gc, marshal, binascii, operator, functools, atexit, _io, _weakref):
    for name in sorted(vars(m)):
        obj = getattr(m, name)
        if name.startswith("_") or not callable(obj) or isinstance(obj, type) and issubclass(obj, BaseException):
            continue
        print("%s.%s" % (m.__name__, name), getattr(obj, "__text_signature__", "-"), "|", first_line(obj.__doc__), "|", sig(obj))
