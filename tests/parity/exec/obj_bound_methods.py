class A:
    def m(self, x):
        return (self.name, x)

a = A()
a.name = 'a'
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, bm.__name__)
print(A.m(a, 2))
print(a.m == a.m, a.m is a.m)
f = A.m
print(type(bm).__name__, type(f).__name__)
