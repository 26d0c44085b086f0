# A bare capture pattern and a wildcard: irrefutable cases at the end
def f(x):
    match x:
        case 0:
            return 0
        case other:
            return other

def g(x):
    match x:
        case 0:
            return 0
        case _:
            return 1
