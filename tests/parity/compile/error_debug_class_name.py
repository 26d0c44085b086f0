# Compiler error: cannot assign to __debug__ (class name)
class __debug__:
    pass
