class A:
    def m(self, a, *, k):
        pass
    @classmethod
    def c(cls, x):
        pass
    @staticmethod
    def s():
        pass
cases = [lambda: A().m(), lambda: A().m(1), lambda: A().m(1, 2), lambda: A().m(1, k=2, j=3), lambda: A.c(),
         lambda: A.s(1), lambda: A.m(1, 2, k=3), lambda: A().m(a=1, k=2, a2=3), lambda: (lambda *, x: x)(1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
