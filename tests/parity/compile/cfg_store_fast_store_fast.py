# Two consecutive STORE_FASTs fuse into STORE_FAST_STORE_FAST (from unpacking)
def f(pair):
    a, b = pair
    c, d, e = pair
    return a, b, c, d, e
