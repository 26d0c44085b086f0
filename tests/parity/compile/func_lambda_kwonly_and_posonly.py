# A lambda with positional-only, keyword-only and default parameters
f = lambda a, /, b=1, *, c, d=2, **kw: (a, b, c, d, kw)
