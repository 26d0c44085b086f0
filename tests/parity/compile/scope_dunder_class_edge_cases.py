# __class__ declared global, declared nonlocal in a method, and assigned in a class body
def f():
    global __class__
    return __class__

class C:
    def m(self):
        nonlocal __class__
        __class__ = 1

class D:
    __class__ = 1
    def m(self):
        return __class__
