# Chained comparisons in a jump context
def f(a, b, c):
    if a < b < c:
        return 1
    while a == b != c:
        a += 1
