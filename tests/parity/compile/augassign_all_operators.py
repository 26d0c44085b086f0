# Every augmented operator's in-place BINARY_OP oparg
def f(x, y):
    x += y
    x -= y
    x *= y
    x @= y
    x /= y
    x //= y
    x %= y
    x **= y
    x <<= y
    x >>= y
    x &= y
    x ^= y
    x |= y
    return x
