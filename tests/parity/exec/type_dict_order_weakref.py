# The order of a class's __dict__ (slot descriptors, __dict__, __weakref__, then __doc__ and
# __hash__) and the __weakref__ descriptor CPython adds (pyjama keeps no weakref list: it reads None).
class U: pass
class U2(U): pass
class S: __slots__ = ('a', '__weakref__')
class S2: __slots__ = ('a',)
print('__weakref__' in dir(U()), '__weakref__' in dir(U2), '__weakref__' in dir(S), '__weakref__' in dir(S2))
print(U.__weakref__, U().__weakref__, S().__weakref__)
import weakref
u = U(); r = weakref.ref(u)
try: S2().__weakref__
except AttributeError as e: print(e)
print(list(U2.__dict__), vars(U)['__weakref__'].__name__, type(vars(U)['__weakref__']).__name__)
class S:
    __slots__ = ('b', 'a', '__dict__')
    x = 1
print(list(S.__dict__))
class T:
    'doc'
    __slots__ = 'z'
print(list(T.__dict__))
class U:
    pass
print(list(U.__dict__))
class V:
    __slots__ = ()
    def __eq__(s, o): return True
print(list(V.__dict__))
class W(Exception):
    __slots__ = ('q',)
print(list(W.__dict__))
try:
    U().__weakref__ = 1
except AttributeError as e:
    print(e)
try:
    class Twice(U):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
class H:
    __slots__ = ('__hash__',)
    def __eq__(self, o): return True
print(list(H.__dict__))
import functools
for b in (object, Exception, int, str, tuple, list, dict, set, frozenset, type, bytes, float):
    class C(b): pass
    class D(C): pass
    print(b.__name__, [k for k in C.__dict__ if k in ('__dict__','__weakref__')], [k for k in D.__dict__ if k in ('__dict__','__weakref__')])
