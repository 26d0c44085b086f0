# Augmented assignment to a subscript: COPY 2 of container and key, BINARY_SUBSCR, STORE_SUBSCR
def f(d, k):
    d[k] += 1
    d[0][1] -= 2
    d[k, 1] |= 4
