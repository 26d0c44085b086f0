# super().__class__ is never optimised
class C(Base):
    def m(self):
        return super().__class__
