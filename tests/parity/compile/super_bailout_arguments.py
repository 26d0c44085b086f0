# super() with one argument, three arguments, a starred argument or keywords is not optimised
class C(Base):
    def m(self, args):
        a = super(C).m()
        b = super(C, self, 3).m()
        c = super(*args).m()
        d = super(C, *args).m()
        e = super(cls=C).m()
        return a, b, c, d, e
