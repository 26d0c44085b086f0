# subclasses of enumerate, map, zip, filter, reversed and super; types that are not acceptable bases
class E(enumerate):
    def __next__(self):
        i, v = super().__next__(); return i * 10, v
print(list(E("ab")), list(E("ab", 5)), type(E("x")).__name__, isinstance(E("x"), enumerate))
class M(map):
    extra = 1
m = M(str.upper, "ab"); m.tag = 't'; print(list(m), m.tag, m.extra, type(m).__mro__)
class Z(zip): pass
print(list(Z("ab", "cd")), list(Z("ab", "c", strict=False)))
class F(filter): pass
print(list(F(None, [0, 1, 2])))
class R(reversed): pass
print(list(R([1, 2, 3])), list(R("abc")), list(R(range(3))))
class S(super):
    def __getattribute__(self, n): return super().__getattribute__(n)
class A:
    def f(self): return 'A.f'
class B(A):
    def f(self): return 'B>' + S(B, self).f()
print(B().f(), type(S(B, B())).__name__)
for t in [type((lambda: 0).__code__), type((x for x in ())), ]:
    try: type('X', (t,), {})
    except TypeError as e: print(e)
