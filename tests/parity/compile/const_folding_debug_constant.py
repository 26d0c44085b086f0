# __debug__ is replaced by the constant True in the AST optimiser
def f():
    return __debug__, not __debug__, __debug__ and x
