# 'not (a in b)' and 'not (a is b)' become 'not in' / 'is not' in the AST optimiser
def f(a, b):
    w = not (a in b)
    x = not (a is b)
    y = not (a not in b)
    z = not (a is not b)
    v = not (a < b)
    return w, x, y, z, v
