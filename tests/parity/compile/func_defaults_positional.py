# Positional defaults: constants folded into one tuple constant, non-constants built with BUILD_TUPLE
def f(a, b=1, c="two"):
    pass

def g(a, b=x, c=y()):
    pass
