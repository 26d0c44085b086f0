# with a() as x, b() as y: compiled as nested with statements
def f():
    with a() as x, b() as y, c():
        g(x, y)
