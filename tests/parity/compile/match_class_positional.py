# Class patterns with positional subpatterns: MATCH_CLASS with a count and empty keyword tuple
def f(x):
    match x:
        case Point(0, 0):
            return "origin"
        case Point(x0, y0):
            return x0, y0
        case int(n):
            return n
