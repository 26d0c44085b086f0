# Conditional jumps on constants after folding become unconditional or disappear
def f():
    if not 0:
        a()
    if 1 + 1:
        b()
    if not (1, 2):
        c()
    if ():
        d()
    while 0 + 0:
        e()
