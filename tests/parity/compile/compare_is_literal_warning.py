# 'is' with a literal emits a SyntaxWarning from the compiler
def f(x):
    a = x is 1
    b = x is not "s"
    c = x is ()
    d = x is None
    return a, b, c, d
