# Calling a class (type_call): __new__ and __init__ are kept per class version, so every way of
# changing them (on the class, a base, from inside __new__, __class__ of the result) must show.

class A:
    def __init__(self, v):
        self.v = v

def make(cls, *args):
    for _ in range(200):
        o = cls(*args)
    return o

print(make(A, 1).v)
A.__init__ = lambda self, v: setattr(self, "v", v * 10)
print(make(A, 2).v)
del A.__init__
try:
    A(3)
except TypeError as e:
    print("TypeError", e)
print(type(make(A)).__name__)

class Base:
    def __init__(self):
        self.tag = "base"

class Sub(Base):
    pass

print(make(Sub).tag)
Base.__init__ = lambda self: setattr(self, "tag", "base changed")
print(make(Sub).tag)
Sub.__init__ = lambda self: setattr(self, "tag", "sub")
print(make(Sub).tag)

# __new__ added later, returning another class's instance or a subclass instance
class Other:
    def __init__(self, *a):
        print("Other.__init__ must not run")

class C:
    def __init__(self, x=0):
        self.x = x

print(make(C, 5).x)
C.__new__ = staticmethod(lambda cls, *a: Other.__new__(Other))
print(type(C(1)).__name__)

class D(C):
    def __init__(self, x=0):
        self.x = ("D", x)

C.__new__ = staticmethod(lambda cls, *a: object.__new__(D))
print(C(7).x)
C.__new__ = staticmethod(lambda cls, *a: object.__new__(cls))
print(make(C, 8).x)

# __new__ that changes the class's __init__ while it runs
class E:
    def __init__(self):
        self.which = "first"

def new_e(cls):
    cls.__init__ = lambda self: setattr(self, "which", "set by __new__")
    return object.__new__(cls)

print(make(E).which)
E.__new__ = new_e
print(E().which)

# takes no arguments; __init__ returning a value; abstract classes
class F:
    pass

for _ in range(3):
    try:
        F(1)
    except TypeError as e:
        print("TypeError", e)

class G:
    def __init__(self):
        return 1

try:
    G()
except TypeError as e:
    print("TypeError", e)

import abc

class H(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

for _ in range(2):
    try:
        H()
    except TypeError as e:
        print("TypeError", e)
H.__abstractmethods__ = frozenset()
print(type(H()).__name__)
H.__abstractmethods__ = frozenset({"f"})
try:
    H()
except TypeError as e:
    print("TypeError", e)

# keyword arguments and __init_subclass__-made classes
class I:
    def __init__(self, a, *, b=2):
        self.s = a + b

print(make(I, 1).s, I(1, b=5).s)
