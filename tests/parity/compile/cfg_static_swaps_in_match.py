# Pattern captures store through SWAPs that the optimiser can remove when targets are fast locals
def f(x):
    match x:
        case (a, b, c):
            return c, b, a
