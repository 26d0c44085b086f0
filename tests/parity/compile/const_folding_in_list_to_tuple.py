# 'x in [constants]' becomes a tuple constant; 'x in {constants}' a frozenset constant
def f(x):
    a = x in [1, 2, 3]
    b = x not in {1, 2, 3}
    c = x in [1, y]
    d = x in {1, y}
    e = x in []
    return a, b, c, d, e
