match x:
    case Point(a.b=1):
        pass
