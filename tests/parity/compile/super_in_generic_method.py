# Zero-arg super() inside a generic method
class C(Base):
    def m[T](self, x: T) -> T:
        return super().m(x)
