# Two consecutive LOAD_FASTs of small indexes fuse into LOAD_FAST_LOAD_FAST
def f(a, b, c):
    return a + b, b * c, (a, c)
