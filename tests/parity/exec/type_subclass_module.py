# module.__new__/__init__, subclasses of the module type, and __class__ assignment on modules
import sys
class types:  # no import: the module type is type(sys)
    ModuleType = type(sys)
m = types.ModuleType.__new__(types.ModuleType); print(m.__dict__, repr(m))
m.__init__('zz'); print(m.__dict__)
for a in [(), (1,), ('a', 'b', 'c')]:
    try: types.ModuleType(*a)
    except TypeError as e: print(e)
print(types.ModuleType('x', 'docs').__doc__)
class M(types.ModuleType):
    def __init__(self, name, extra): super().__init__(name); self.extra = extra
m = M('q', 5); print(m, m.extra, type(m), list(m.__dict__.keys()), isinstance(m, types.ModuleType))
class L(types.ModuleType):
    def __getattr__(self, n): return 'lazy-' + n
    def __repr__(self): return 'L!'
sys.modules[__name__].__class__ = L
print(sys.modules[__name__].bar, repr(sys.modules[__name__]))
try: m.__class__ = int
except TypeError as e: print(e)
try: sys.__class__ = M; sys.__class__ = types.ModuleType
except TypeError as e: print(e)
print(type(sys).__name__)
sys.modules[__name__].__class__ = types.ModuleType
print(type(sys.modules[__name__]).__name__)
class S(types.ModuleType):
    __slots__ = ('a',)
try:
    s = S('s'); s.a = 1; s.b = 2; print(s.a, s.b)
except Exception as e: print(type(e).__name__, e)
class Lazy(types.ModuleType):
    def __getattribute__(self, n):
        return 'G-' + n if n.startswith('g') else super().__getattribute__(n)
lz = Lazy('lz'); lz.x = 3
print(lz.x, lz.go, repr(lz), dir(lz)[:3], vars(lz)['x'])
