def f(*args, **kw):
    return args, kw
g = (i for i in range(3))
print(f(*g), f(*'ab', *[1], **{'k': 1}, **dict(z=2)))
print(f(*range(2), 10, *[]))
