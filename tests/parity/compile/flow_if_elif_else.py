# if / elif / else chains and the jumps between branches
def f(x):
    if x == 1:
        r = "one"
    elif x == 2:
        r = "two"
    elif x:
        r = "many"
    else:
        r = "none"
    return r
