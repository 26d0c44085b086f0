# A class body that both assigns and reads a name also defined in the enclosing function
def make():
    x = 1
    class C:
        y = x
        x = 2
        z = x
    return C, x
