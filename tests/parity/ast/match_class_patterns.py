match x:
    case Point():
        pass
    case Point(0):
        pass
    case Point(0,):
        pass
    case Point(0, 1):
        pass
    case Point(x=0):
        pass
    case Point(x=0,):
        pass
    case Point(x=0, y=1):
        pass
    case Point(0, y=1):
        pass
    case Point(0, y=1,):
        pass
    case Point(a, b, x=c, y=d):
        pass
    case mod.Point(x=0):
        pass
    case a.b.C(1):
        pass
    case int(i) | float(i):
        pass
    case str() as s:
        pass
    case Point(x=Point(y=[a, *_]), z={"k": v}):
        pass
    case Point(x=_, y=_):
        pass
    case Point(match=1, case=2, type=3):
        pass
