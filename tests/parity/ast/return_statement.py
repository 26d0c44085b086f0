def f():
    return
def g():
    return x
def h():
    return x, y
def i():
    return *a, b
def j():
    return (yield)
def k():
    return lambda: 1
def l():
    return x if y else z
def m():
    return not x
def n():
    return a, *b, c,
