def f(self):
    return self

class A:
    pass

a = A()
bound = f.__get__(a, A)
print(bound() is a, type(bound).__name__)
print(f.__get__(None, A) is f)
print(A.__dict__.get('f'))
