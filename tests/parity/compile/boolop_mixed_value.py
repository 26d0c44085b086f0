# Mixed and/or nesting in value context
def f(a, b, c, d):
    x = a and b or c and d
    y = (a or b) and (c or d)
    return x, y
