# a, b = b, a: the BUILD_TUPLE/UNPACK_SEQUENCE pair becomes SWAP (and disappears in functions)
a, b = b, a
x, y, z = z, y, x

def f(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    return a, b, c
