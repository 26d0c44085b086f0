# Functions with only pass, only ..., only a docstring: RETURN_CONST None and line numbers
def a():
    pass

def b(): ...

def c():
    "doc"

def d(x):
    return
