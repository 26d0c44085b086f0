# A starred wildcard avoids unpacking: BINARY_SUBSCR with negative indices
def f(x):
    match x:
        case [a, *_, b]:
            return a, b
        case [*_]:
            return "any sequence"
        case [_, _, *_]:
            return "two or more"
