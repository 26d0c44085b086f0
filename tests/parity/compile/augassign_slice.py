# Augmented assignment to a slice: BINARY_SLICE then STORE_SLICE; a 3-part slice uses subscript ops
def f(s, i, j):
    s[i:j] += [1]
    s[:] *= 2
    s[::2] += (1,)
