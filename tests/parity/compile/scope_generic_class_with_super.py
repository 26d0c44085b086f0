# A generic class whose method uses super(): __class__ cell inside a type-param scope
class C[T](Base):
    def m(self) -> T:
        return super().m()
