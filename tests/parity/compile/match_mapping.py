# Mapping patterns: MATCH_MAPPING, MATCH_KEYS with a constant key tuple, GET_LEN check
def f(x):
    match x:
        case {}:
            return 0
        case {"a": 1}:
            return 1
        case {"b": b, "c": c}:
            return b, c
        case {Color.RED: r}:
            return r
