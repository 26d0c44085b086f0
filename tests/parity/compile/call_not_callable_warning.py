# Calling a literal triggers the compiler's SyntaxWarning ("'int' object is not callable")
def f():
    a = 1(2)
    b = "s"()
    c = (1, 2)()
    return a, b, c
