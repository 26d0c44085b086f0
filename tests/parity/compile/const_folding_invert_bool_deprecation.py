# Folding '~True' runs the operation at compile time, so its DeprecationWarning is emitted by the compiler
a = ~True
b = ~False
def f():
    return ~True, -True, +False
