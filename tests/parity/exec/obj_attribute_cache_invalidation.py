# LOAD_ATTR/STORE_ATTR inline caches: class attribute changes, shadowing by the instance, __class__
# assignment, __getattr__/__setattr__/__getattribute__ added later, properties and slots
class A:
    x = 1
    def m(self): return 'A.m'
    @property
    def p(self): return 'A.p'
a = A()
def get(o): return o.x, o.m(), o.p
print(get(a))
a.x = 2; a.m = lambda: 'inst'; print(get(a))
del a.x, a.m; print(get(a))
A.x = 10; A.m = lambda self: 'A.m2'; print(get(a))
A.p = property(lambda self: 'A.p2'); print(get(a))
class B(A): pass
b = B(); print(get(b))
A.m = lambda self: 'A.m3'; print(get(b))
B.m = lambda self: 'B.m'; print(get(b))
b.__class__ = A; print(get(b))
A.__getattr__ = lambda self, n: 'ga-' + n
print(a.zz)
del A.__getattr__
try: a.zz
except AttributeError as e: print(e)
def setp(o, v): o.p = v
try: setp(a, 1)
except AttributeError as e: print(e)
A.p = property(lambda s: s._p, lambda s, v: setattr(s, '_p', v)); setp(a, 5); print(a.p, a.__dict__)
A.__setattr__ = lambda s, n, v: object.__setattr__(s, n, v * 2); setp(b, 3) if False else None
def setq(o, v): o.q = v
setq(a, 4); print(a.q)
class C:
    __slots__ = ('x',)
c = C(); setq2 = lambda o: o.x; c.x = 1; print(setq2(c))
for i in range(3):
    A.x = i
    print(get(a)[0])
class D:
    def __getattribute__(self, n): return 'GA-' + n
print(get(D()))
