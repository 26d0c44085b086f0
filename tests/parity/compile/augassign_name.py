# Augmented assignment to names in every scope (BINARY_OP with the in-place operator codes)
x += 1

def f(a):
    global g
    a -= 1
    g *= 2
    c = 1
    def inner():
        nonlocal c
        c //= 3
    return a
