# Sequence patterns: MATCH_SEQUENCE, GET_LEN, length check, UNPACK_SEQUENCE
def f(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case (a, b):
            return a + b
        case [a, b, c]:
            return a + b + c
