# A class statement whose bases and keywords both use unpacking, plus a generic-free base list
class C(A, *B, C, metaclass=M, **kw):
    x = 1
