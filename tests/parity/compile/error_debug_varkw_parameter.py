# Compiler error: cannot assign to __debug__ (**kwargs parameter name)
def f(**__debug__):
    pass
