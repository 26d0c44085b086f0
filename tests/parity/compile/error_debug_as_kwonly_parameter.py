# Compiler error: cannot assign to __debug__ (keyword-only parameter name)
def f(*, __debug__=1):
    pass
