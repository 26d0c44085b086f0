# Augmented assignment to an attribute: COPY, LOAD_ATTR, BINARY_OP, SWAP, STORE_ATTR
def f(obj):
    obj.count += 1
    obj.a.b.c **= 2
