# co_argcount, co_posonlyargcount, co_kwonlyargcount and the VARARGS/VARKEYWORDS flags
def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    return a, b, c, d, args, e, f, kwargs

def g(*args):
    pass

def h(**kw):
    pass

def k(a, /):
    pass
