# str and bytes are not sequences for sequence patterns (MATCH_SEQUENCE)
def f(x):
    match x:
        case [c]:
            return c
        case "":
            return "empty"
