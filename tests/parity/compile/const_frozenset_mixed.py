# Constant frozensets from 'in' tests against set literals of mixed types
def f(x):
    return x in {1, "a", 2.5, b"b", None, (1, 2)}
