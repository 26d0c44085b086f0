# STORE_FAST then LOAD_FAST on the same line fuse into STORE_FAST_LOAD_FAST (not across lines)
def f(x):
    y = x + 1; return y * 2

def g(items):
    return [v for v in items]

def h(x):
    y = x + 1
    return y
