# A local deleted and later read: LOAD_FAST_CHECK instead of LOAD_FAST
def f(x):
    y = x
    del y
    return y
