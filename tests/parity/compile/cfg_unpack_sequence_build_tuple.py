# BUILD_TUPLE n followed by UNPACK_SEQUENCE n: replaced by SWAP or nothing
def f(a, b, c):
    x, = a,
    y, z = b, c
    p, q, r = a, b, c
    return x, y, z, p, q, r
