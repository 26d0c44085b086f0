# and/or in a jump context compile to chains of conditional jumps without COPY
def f(a, b, c):
    if a and b:
        return 1
    if a or b:
        return 2
    if (a and b) or c:
        return 3
    if not (a or b):
        return 4
    while a and not b:
        a = c
