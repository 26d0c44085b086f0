# super() without arguments outside LOAD_SUPER_ATTR (x = super()), and its RuntimeErrors
class A:
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c'
class B(A):
    def f(self):
        x = super()
        return 'B>' + x.f()
    @classmethod
    def c(cls):
        s = super(); return 'B>' + s.c()
    def g(self):
        del self
        try: super()
        except RuntimeError as e: return str(e)
    def h(self):
        def inner(): return super()
        try: inner()
        except RuntimeError as e: return str(e)
    def k(self):
        self = 5
        return [str(super())[:14]]
    def lam(self):
        return (lambda: super().f())()
def free(x):
    try: super()
    except RuntimeError as e: return str(e)
def noargs():
    try: super()
    except RuntimeError as e: return str(e)
print(B().f(), B.c(), B().g(), B().h(), free(1), noargs())
try: print(B().k())
except TypeError as e: print(e)
try: print(B().lam())
except Exception as e: print(type(e).__name__, e)
class S(super):
    def c(self): return super().__repr__()[:8]
print(S(B, B()).c())
