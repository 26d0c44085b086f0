match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, "b": 2}:
        pass
    case {**rest}:
        pass
    case {**rest,}:
        pass
    case {"a": 1, **rest}:
        pass
    case {"a": 1, **rest,}:
        pass
    case {1: a, 2.5: b, -3: c, 1+2j: d, b"k": e, None: f, True: g, False: h}:
        pass
    case {Const.KEY: value}:
        pass
    case {"nested": {"deep": [a, b]}}:
        pass
    case {"k": v, "l": _}:
        pass
    case {"a" "b": x}:
        pass
