match x:
    case _: pass
match x, y:
    case _: pass
match x,:
    case _: pass
match *a, b:
    case _: pass
match a, *b:
    case _: pass
match (x):
    case _: pass
match (x, y):
    case _: pass
match (n := f()):
    case _: pass
match x.y[0]():
    case _: pass
match [a, b]:
    case _: pass
match {a: b}:
    case _: pass
match -x:
    case _: pass
match not x:
    case _: pass
match await_ if c else d:
    case _: pass
match lambda: 1:
    case _: pass
match x:
    case 1:
        pass
    case 2: pass
    case 3:
        if x:
            pass
    case _:
        match y:
            case _:
                pass
