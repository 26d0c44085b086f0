# An inlined comprehension whose variable shadows a live local saves and restores it
def f(x):
    y = [x for x in range(3)]
    return x, y
