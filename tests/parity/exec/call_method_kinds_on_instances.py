class A:
    def inst(self, *a): return ('inst', type(self).__name__, a)
    @classmethod
    def cls(cls, *a): return ('cls', cls.__name__, a)
    @staticmethod
    def st(*a): return ('st', a)
class B(A): pass
for obj in (A, B, B()):
    print(obj.cls(1), obj.st(2))
print(B().inst(3), A.inst(B(), 4))
