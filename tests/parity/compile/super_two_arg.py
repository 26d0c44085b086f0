# super(C, self).m(): the two-argument form is optimised too (LOAD_SUPER_ATTR oparg bit 1 set)
class C(Base):
    def m(self):
        a = super(C, self).m()
        b = super(C, self).attr
        return a, b
