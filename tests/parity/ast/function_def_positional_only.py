def f(a, /):
    pass
def f(a, /,):
    pass
def f(a, b, /, c):
    pass
def f(a, /, b, *, c):
    pass
def f(a, /, *args, **kwargs):
    pass
def f(a=1, /):
    pass
def f(a=1, /,):
    pass
def f(a, b=2, /):
    pass
def f(a, b=2, /, c=3):
    pass
def f(a, b=2, /, c=3, *args):
    pass
def f(a, b=2, /, *, c):
    pass
def f(a, /, b=2, *, c=3, d, **e):
    pass
def f(a, b, /, c, d=4, *, e, f=6, **g):
    pass
def f(a, /, **kw):
    pass
def f(a=1, /, **kw):
    pass
