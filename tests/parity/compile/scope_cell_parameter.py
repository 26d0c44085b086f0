# A parameter that is also a cell: MAKE_CELL on an argument slot (positional, *args, kw-only, **kwargs)
def f(a, /, b, *args, c, **kw):
    return lambda: (a, b, args, c, kw)
