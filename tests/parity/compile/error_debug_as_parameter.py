# Compiler error: cannot assign to __debug__ (parameter name)
def f(__debug__):
    pass
