# Alternatives binding the same names in different orders: the compiler rotates them to line up
def f(x):
    match x:
        case (a, b) | {"b": b, "a": a}:
            return a, b
        case [a, b, c] | (c, b, a, _) | Point(b, c, a):
            return a, b, c
