# A class's __getattribute__/__getattr__/__setattr__/__delattr__ added, replaced and removed after
# instances were used (and on a base class, seen through a subclass): every access sees the change.
class Base:
    pass

class Sub(Base):
    pass

o = Sub()
o.a = 1
print(o.a, getattr(o, "missing", "default"))
Base.__getattr__ = lambda self, name: "dynamic " + name
print(o.missing, o.a)
Base.__getattribute__ = lambda self, name: "always " + name
print(o.a, o.missing)
del Base.__getattribute__
print(o.a, o.missing)
del Base.__getattr__
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
log = []
def setattr_hook(self, name, value):
    log.append((name, value))
Sub.__setattr__ = setattr_hook
o.b = 2
Sub.__delattr__ = lambda self, name: log.append(("del", name))
del o.a
print(log, o.a, hasattr(o, "b"))
del Sub.__setattr__, Sub.__delattr__
o.b = 3
del o.a
print(o.b, hasattr(o, "a"))
class Meta(type):
    pass
Sub2 = Meta("Sub2", (Sub,), {})
s = Sub2()
Base.__getattr__ = lambda self, name: name.upper()
print(s.zzz)
Sub2.__bases__ = (Base,)
print(s.yyy)
# __bases__ assignment: the MRO of the class and of its subclasses follows; CPython's errors
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), [k.__name__ for k in D.__mro__], C.__base__.__name__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in D.__mro__])
for bad in [[], (), (1,), (D,), (int,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
class X(A, B):
    pass
class Y(B, A):
    pass
class Z(X):
    pass
try:
    Z.__bases__ = (X, Y)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in Z.__mro__])
