# Class pattern with both positional and several keyword subpatterns, nested class patterns
def f(x):
    match x:
        case Rect(Point(x1, y1), Point(x2, y2), color=c, fill=True):
            return x1, y1, x2, y2, c
