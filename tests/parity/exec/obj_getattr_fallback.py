class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')

o = Lazy()
print(o.real, o.xyz)
try:
    o.abc
except AttributeError as e:
    print('AttributeError', e)
print(getattr(o, 'abc', 'dflt'))
