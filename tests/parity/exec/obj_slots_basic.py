class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(p, '__dict__'))
print(P.x.__class__.__name__)
