# super().attr (not a call): LOAD_SUPER_ATTR without the method bit
class C(Base):
    def m(self):
        return super().attr
