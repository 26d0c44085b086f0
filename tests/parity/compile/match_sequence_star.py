# Sequence patterns with a starred capture: UNPACK_EX, length >= check
def f(x):
    match x:
        case [first, *rest]:
            return first, rest
        case [*init, last]:
            return init, last
        case [a, *mid, b, c]:
            return mid
