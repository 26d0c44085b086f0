# A generic class with starred bases: the generic base is added with a list
class C[T](*bases, **kw):
    pass
