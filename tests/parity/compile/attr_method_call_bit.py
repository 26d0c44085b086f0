# Method calls set the low bit of LOAD_ATTR's oparg (LOAD_METHOD pseudo-op); plain attributes do not
def f(obj):
    obj.method()
    obj.method(1, 2)
    x = obj.attr
    (obj.method)()
    return obj.a.b.method(x)
