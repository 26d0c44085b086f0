# Compiler error: cannot assign to __debug__ (type parameter name)
def f[__debug__]():
    pass
