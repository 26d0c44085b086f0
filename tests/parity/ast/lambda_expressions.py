lambda: 0
lambda x: x
lambda x, y: x + y
lambda x, y,: x
lambda x=1: x
lambda x, y=2: x
lambda x=1, y=2,: x
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda *args,: 0
lambda **kw,: 0
lambda *, a: a
lambda *, a=1, b: a
lambda *, a, **kw: a
lambda *, a,: a
lambda x, *args, y, z=3, **kw: 0
lambda x, /: x
lambda x, /,: x
lambda x, y, /, z: x
lambda x=1, /: x
lambda x=1, /,: x
lambda x, y=2, /, z=3: x
lambda x, y=2, /, *, z: x
lambda x, /, *args, **kw: x
lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
lambda *a, b=1, c: 0
lambda: (yield)
lambda: lambda: 0
lambda x: lambda y: x + y
lambda x=lambda: 1: x
f(lambda x: x, key=lambda y: -y)
