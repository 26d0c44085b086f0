class A: pass
class B(A): pass
class C(A): pass
class D(B): pass
print([c.__name__ for c in A.__subclasses__()])
print(D.__bases__[0].__name__, D.__base__.__name__)
print(bool.__mro__)
