global a
global a, b, c
def outer():
    x = 1
    def inner():
        nonlocal x
        nonlocal x, y
        global g
        x = 2
    return inner
