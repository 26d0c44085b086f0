# Sequence patterns made only of wildcards check the length without unpacking
def f(x):
    match x:
        case [_, _]:
            return 2
        case (_, _, _):
            return 3
