# super() inside an inlined comprehension in a method
class C(Base):
    def m(self, items):
        return [super().f(i) for i in items]
