# super() in a classmethod uses the first argument cls
class C(Base):
    @classmethod
    def make(cls, *args):
        return super().make(*args)
