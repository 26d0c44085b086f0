# Whole blocks made unreachable by constant conditions and early exits are removed
def f(x):
    if 0:
        return 1
    while True:
        return 2
    return 3
