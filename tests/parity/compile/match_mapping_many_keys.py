# Mapping pattern with constant keys of several types
def f(x):
    match x:
        case {1: a, "s": b, b"b": c, None: d, 2.5: e, -1: f_}:
            return a, b, c, d, e, f_
