# A match with only a wildcard case: no tests at all
def f(x):
    match x:
        case _:
            return 1
