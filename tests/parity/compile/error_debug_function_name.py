# Compiler error: cannot assign to __debug__ (def name)
def __debug__():
    pass
