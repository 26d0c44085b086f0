def f():
    global a, b, c, d, e, f_, g, h
    a = b = c = 1
def outer():
    x = y = z = w = 0
    def inner():
        nonlocal x, y, z, w
        x = y = z = w = 1
    return inner
class C:
    global G
    G = 1
