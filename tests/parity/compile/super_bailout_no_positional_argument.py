# Zero-arg super() in a method without positional parameters is not optimised
class C(Base):
    @staticmethod
    def s(*args, **kwargs):
        return super().m()
    def k(*, key):
        return super().m()
