# super() in a function nested in a method: __class__ is free, but the inner function's first arg is used
class C(Base):
    def m(self):
        def inner(other):
            return super().m()
        return inner
