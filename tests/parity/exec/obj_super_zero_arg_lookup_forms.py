# super().name in every form the loop's shortcut (no super object made) and the general path
# take: methods, classmethods, staticmethods, class attributes, properties, a missing name,
# __class__, the super object's own attributes, a shadowed super, a rebound first argument.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    x = 5
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def s2(self): return super().s()
    def gx(self): return super().x
    def gp(self): return super().p
    def miss(self):
        try: return super().nothere
        except AttributeError as e: return str(e)
    def cl(self): return super().__class__
    def th(self): return super().__thisclass__, super().__self_class__
class C(B): pass
c = C()
print(c.f(), C.c(), c.c(), c.s2(), c.gx(), c.gp(), c.miss(), c.cl(), c.th())
def nosuper(x):
    return super().f()
try:
    nosuper(1)
except RuntimeError as ex:
    print("RuntimeError", ex)
class M(A):
    def f(self):
        super = lambda: A()
        return super().f()
print(M().f())
class N(A):
    def f(self2):
        self2 = None
        try:
            return super().f()
        except TypeError as ex:
            return "TypeError " + str(ex)
print(N().f())
