# Subjects that are tuples, calls and attribute chains
def f(a, b):
    match a, b:
        case (1, 2):
            return 1
    match g(a).attr:
        case None:
            return 2
