# Builtin classes with one positional subpattern match the subject itself
def f(x):
    match x:
        case int(i) | float(i):
            return i
        case str() | bytes():
            return None
        case list([a, b]):
            return a
