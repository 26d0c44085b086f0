# Compiler error: keyword argument repeated in a class definition
class C(metaclass=M, metaclass=N):
    pass
