def f():
    g(a=yield)
