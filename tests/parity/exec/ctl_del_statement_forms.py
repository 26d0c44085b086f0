a = [0, 1, 2, 3, 4, 5]
del a[0], a[-1]
print(a)
d = {'x': 1, 'y': 2}
del d['x']
print(d)
class O: pass
o = O(); o.attr = 1
del o.attr
print(hasattr(o, 'attr'))
x, y = 1, 2
del x, y
print('x' in dir(), 'y' in dir())
