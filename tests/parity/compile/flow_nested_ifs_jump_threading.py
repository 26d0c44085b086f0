# Nested conditions whose jumps target other jumps are threaded by the CFG optimiser
def f(a, b, c):
    if a:
        if b:
            if c:
                return 1
    else:
        while b:
            if c:
                break
    return 0
