# SWAPs before stores are removed by reordering the stores when it is safe
def f(a, b, c, d):
    a, b, c = c, b, a
    x, y = y, x = a, b
    return a, b, c, x, y
