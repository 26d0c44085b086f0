# A variable assigned on every path before use is a plain LOAD_FAST
def f(flag):
    if flag:
        x = 1
    else:
        x = 2
    return x
