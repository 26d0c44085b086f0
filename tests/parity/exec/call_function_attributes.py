def f(a, b=1, *args, c, **kw):
    'doc here'
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
c = f.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_flags & 0x0C)
f.custom = 'attr'
print(f.custom, sorted(f.__dict__))
