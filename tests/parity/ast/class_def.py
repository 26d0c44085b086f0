class C:
    pass
class C: pass
class C():
    pass
class C(Base):
    pass
class C(A, B):
    pass
class C(A, B,):
    pass
class C(metaclass=Meta):
    pass
class C(Base, metaclass=Meta, **kwargs):
    pass
class C(*bases):
    pass
class C(*bases, **kw):
    pass
class C(A, *rest, key=1, **kw):
    pass
@dataclass
class D:
    x: int
    y: int = 0
    def method(self):
        return self.x
    @property
    def prop(self):
        return 1
    class Inner:
        pass
@a
@b(1)
class E(F):
    """Docstring."""
    z = 1
class G(f(x for x in y)):
    pass
