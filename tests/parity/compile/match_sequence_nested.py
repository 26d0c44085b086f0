# Nested sequence patterns with value subpatterns
def f(x):
    match x:
        case [1, [2, a], (b, [c, *d])]:
            return a, b, c, d
