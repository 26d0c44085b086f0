class A:
    __slots__ = ('x',)

a = A()
A.x.__set__(a, 10)
print(A.x.__get__(a, A), a.x)
del a.x
try:
    a.x
except AttributeError as e:
    print(e)
