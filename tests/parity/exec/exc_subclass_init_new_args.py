# Exception subclasses with their own __init__ (BaseException.__new__ keeps the call's
# arguments in args before __init__ runs), keyword arguments, StopIteration and OSError fields.
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__("m %d" % a)
        self.a = a; self.b = b
e = E(3)
print(repr(e), e.args, e.a, e.b, str(e))
class F(E): pass
print(repr(F(1, 5)), F(1, b=7).b)
class G(ValueError):
    def __init__(self, *a): pass
print(repr(G(1, 2)), G(1, 2).args)
class H(Exception):
    __new__ = BaseException.__new__
    def __init__(self, x): self.x = x
print(repr(H(9)), H(9).x)
class S(StopIteration):
    def __init__(self, v): super().__init__(v)
print(S(4).value, S(4).args)
class O(OSError):
    def __init__(self, *a): super().__init__(*a)
print(repr(O(2, "no")), O(2, "no").errno)
