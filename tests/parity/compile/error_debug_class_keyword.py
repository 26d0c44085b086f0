# Compiler error: cannot assign to __debug__ (keyword in a class definition)
class C(__debug__=1):
    pass
