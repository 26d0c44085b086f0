# A constant loaded and popped is removed; a non-constant expression statement still evaluates
def f(x):
    None
    x
    x.attr
    (x, 1)
    -1
