# Jumps to a block that only returns are replaced by copies of that block
def f(a, b):
    if a:
        x = 1
    elif b:
        x = 2
    else:
        return None
    return x
