# Defaults that are displays: evaluated once at definition time
def f(a=[], b={}, c=set(), d=(1, [2])):
    return a, b, c, d
