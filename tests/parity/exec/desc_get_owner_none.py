class D:
    def __get__(self, obj, owner):
        return (obj is None, owner.__name__)

class A:
    d = D()

print(A.d, A().d)
class B(A):
    pass
print(B.d, B().d)
