# Python subclasses of complex: dunders of the subclass win, results of the base's operators are exact complex
class C(complex):
    def extra(self): return self.real * 2
c = C(1, 2)
print(type(c).__name__, c, repr(c), c.extra(), c == complex(1, 2), c + 1, type(c + 1).__name__)
print(hash(c) == hash(complex(1, 2)), bool(C(0)), abs(C(3, 4)), -c, +c, type(+c).__name__)
class D(complex):
    def __eq__(self, o): return "custom"
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
    def __bool__(self): return False
    def __repr__(self): return "D!"
d = D(1)
print(d == 1, d + 1, 1 + d, 1j + d, bool(d), repr(d), str(d), f"{d}", d.conjugate(), complex(d), type(complex(d)).__name__)
print(C('3+4j'), C(real=2), isinstance(c, complex), c.__dict__, C.__mro__)
c.x = 5; print(c.x)
class E(complex):
    __slots__ = ()
try:
    E(1).y = 2
except AttributeError as e: print(e)
print(sum([C(1,1), C(2,2)]), C(1,2) ** 2, {C(1,2): 1}[1+2j], 1+2j in {C(1,2)})
class F(complex):
    def __new__(cls, a, b): 
        self = super().__new__(cls, a, b); self.tag = 'f'; return self
f = F(2, 3); print(f, f.tag, f * 2)

# unary operators and conversions of int, float and complex subclasses give the exact base type
class I(int): pass
class F(float): pass
class C(complex): pass
for v in (I(3), F(2.5), C(1, 2)):
    for r in (+v, -v, abs(v), v * 1, v + 0, v ** 1):
        print(type(r).__name__, r, end="; ")
    print()
print(type(I(3).conjugate()).__name__, type(F(2.5).conjugate()).__name__, type(C(1,2).conjugate()).__name__)
print(type(~I(3)).__name__, type(I(3).real).__name__, type(F(2.5).real).__name__, type(C(1,2).real).__name__)
print(type(round(F(2.5))).__name__, type(int(I(3))).__name__, type(float(F(2.5))).__name__, type(complex(C(1))).__name__)
