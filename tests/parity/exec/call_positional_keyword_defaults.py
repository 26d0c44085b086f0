def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=1, c=2, b=3, z=0))
print(f(*[1, 2, 3], **{'c': 4, 'd': 5, 'x': 6}))
