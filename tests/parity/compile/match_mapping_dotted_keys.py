# Mapping pattern keys that are dotted names: loaded at run time
def f(x):
    match x:
        case {Key.A: a, mod.Key.B: b}:
            return a, b
