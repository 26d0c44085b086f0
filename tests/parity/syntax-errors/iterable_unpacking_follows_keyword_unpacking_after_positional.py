f(a, b=1, **kw, *args)
