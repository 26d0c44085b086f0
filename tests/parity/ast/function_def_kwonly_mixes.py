def f(a, b=1, *, c, d=2, e, **f): pass
def f(*, a=1): pass
def f(*, a=1, **k): pass
def f(a, *, b): pass
def f(a=1, *args, b=2, c): pass
def f(*args, a, b=1, **k): pass
def f(a, /, *, b): pass
def f(a, /, b, *args, c=1, d, **kw) -> None: pass
def f(*, a: int = 1, b: str, **kw: object): pass
def f(a: int, *, b: int = 2,): pass
def f(self, *, x=lambda: 0, y=[i for i in r], z={**d}): pass
