# Starred capture in the middle of a long sequence pattern
def f(x):
    match x:
        case [a, b, *middle, y, z]:
            return a, b, middle, y, z
