# A metaclass's mro() decides the MRO of its classes (CPython's mro_internal custom branch).
class Mixin:
    def hello(self):
        return 'mixin hello'

calls = []
class Meta(type):
    def mro(cls):
        calls.append(cls.__name__)
        default = super().mro()
        if cls.__name__.startswith('Inject'):
            return default[:1] + [Mixin] + default[1:]
        if cls.__name__.startswith('Rev'):
            return [default[0]] + default[1:-1][::-1] + [default[-1]]
        return default

class A(metaclass=Meta):
    def who(self): return 'A'
class B(metaclass=Meta):
    def who(self): return 'B'
class RevAB(A, B):
    pass
class InjectC(A):
    pass
print([c.__name__ for c in RevAB.__mro__], RevAB().who())
print([c.__name__ for c in InjectC.__mro__], InjectC().hello(), isinstance(InjectC(), Mixin), issubclass(InjectC, Mixin))
class D(InjectC):
    pass
print([c.__name__ for c in D.__mro__], hasattr(D(), 'hello'))
print(calls)

# the class body's names are there when mro() runs
class Peek(type):
    def mro(cls):
        print('mro sees', sorted(k for k in cls.__dict__ if not k.startswith('__')))
        return type.mro(cls)
class P(metaclass=Peek):
    x = 1
    def m(self): pass

# __bases__ assignment calls mro() again
calls.clear()
class E(metaclass=Meta):
    pass
class F(metaclass=Meta):
    pass
class G(E):
    pass
G.__bases__ = (F,)
print([c.__name__ for c in G.__mro__], calls)

# bad results
class Bad(type):
    def mro(cls):
        return [cls, 42, object]
try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print('TypeError:', e)
class BadLayout(type):
    def mro(cls):
        return [cls, int, object]
try:
    class Y(metaclass=BadLayout):
        pass
except TypeError as e:
    print('TypeError:', e)
class NotIterable(type):
    def mro(cls):
        return 5
try:
    class Z(metaclass=NotIterable):
        pass
except TypeError as e:
    print('TypeError:', e)
class Tuple(type):
    def mro(cls):
        return (cls, object)
class T(metaclass=Tuple):
    pass
print(T.__mro__, T.mro())
