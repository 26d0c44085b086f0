# Guards: evaluated after the bindings, failing jumps to the next case
def f(x):
    match x:
        case [a, b] if a > b:
            return a
        case [a, b] if a == b and b:
            return b
        case n if n:
            return n
        case _ if x is None:
            return None
