# Method calls with *args or **kwargs fall back to a plain attribute load and CALL_FUNCTION_EX
def f(obj, args, kw):
    obj.method(*args)
    obj.method(**kw)
    obj.method(1, *args, k=2, **kw)
