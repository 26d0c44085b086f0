# Using __class__ in a method creates the implicit __class__ cell and __classcell__ store
class C:
    def m(self):
        return __class__
