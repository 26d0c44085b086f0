match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a,]:
        pass
    case [a, b]:
        pass
    case (a, b):
        pass
    case a, b:
        pass
    case a, b,:
        pass
    case a,:
        pass
    case [a, *rest]:
        pass
    case [*rest, a]:
        pass
    case [a, *_, b]:
        pass
    case (*_,):
        pass
    case *rest, last:
        pass
    case *_, :
        pass
    case [[a, b], [c, d]]:
        pass
    case [(a, b), *rest]:
        pass
    case [1, "two", None, *_]:
        pass
    case [a, [b, [c, [d]]]]:
        pass
