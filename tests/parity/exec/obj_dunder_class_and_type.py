class A:
    pass

a = A()
print(type(a) is A, a.__class__ is A, type(A) is type, type(type) is type)
print(isinstance(a, object), issubclass(A, object), A.__bases__, A.__name__, A.__qualname__)
print(A.__module__, object.__bases__)
class B:
    pass
a.__class__ = B
print(type(a).__name__)
