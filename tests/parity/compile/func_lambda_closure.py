# A lambda closing over a function local (closure tuple built with LOAD_CLOSURE)
def make(n):
    return lambda x: x + n
