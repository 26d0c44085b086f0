# Zero-arg super() uses the first positional-only parameter as self
class C(Base):
    def m(self, /, x):
        return super().m(x)
