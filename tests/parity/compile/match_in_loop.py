# match inside a loop with break and continue in case bodies
def f(items):
    for x in items:
        match x:
            case 0:
                break
            case 1:
                continue
            case _:
                g(x)
