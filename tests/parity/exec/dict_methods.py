d = dict(a=1, b=2)
print(d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('zz', 'default'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(d.popitem(), d)
c = d.copy(); c.clear()
print(c, d, dict.fromkeys('abc', 0), dict.fromkeys([1, 2]))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError', e)
