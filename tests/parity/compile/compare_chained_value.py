# Chained comparisons in value context: SWAP, COPY, cleanup block with POP_TOP
def f(a, b, c, d):
    return a < b < c <= d
