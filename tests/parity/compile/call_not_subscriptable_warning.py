# Subscripting literals that cannot be subscripted, or indexing with bad index types, warns
def f(x):
    a = 1[0]
    b = [1, 2]["a"]
    c = (1, 2)[1.0]
    d = "abc"[x]
    return a, b, c, d
