# super().m() in a method: LOAD_SUPER_ATTR with the method bit and the __class__ cell
class C(Base):
    def m(self, x):
        return super().m(x)
