# An or-pattern whose last alternative is irrefutable, at the end of the case list
def f(x):
    match x:
        case [y] | y:
            return y
