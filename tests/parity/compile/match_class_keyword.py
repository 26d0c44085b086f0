# Class patterns with keyword subpatterns: the attribute names tuple for MATCH_CLASS
def f(x):
    match x:
        case Point(x=0, y=yy):
            return yy
        case Point(1, y=2):
            return 1
        case mod.Cls(a=[1, b], c={"k": d}):
            return b, d
        case Empty():
            return None
