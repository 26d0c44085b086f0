# 'global' and 'nonlocal' declarations inside a class body
def outer():
    n = 0
    class C:
        global g
        nonlocal n
        g = 1
        n = 2
    return C
