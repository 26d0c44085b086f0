# A guard that binds a name with an assignment expression
def f(x):
    match x:
        case [a, *_] if (n := len(x)) > 2:
            return a, n
