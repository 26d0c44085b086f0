# A conditional expression used as a condition (jump context)
def f(a, b, c):
    if (b if a else c):
        return 1
    return (1 if a else 2) if b else 3
