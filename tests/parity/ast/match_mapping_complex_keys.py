match x:
    case {-1-2j: a, -1+2j: b, 1-2j: c, -1: d, -1.5: e}:
        pass
    case {0j: a, -0j: b, 1e3: c}:
        pass
    case {"k": -1 - 2j}:
        pass
