# Compiler error: non-default type parameter 'U' follows default type parameter
def f[T = int, U]():
    pass
