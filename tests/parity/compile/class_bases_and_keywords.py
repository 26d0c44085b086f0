# Class with bases and keyword arguments (metaclass, custom keywords)
class C(A, B, metaclass=Meta, flag=True):
    pass
