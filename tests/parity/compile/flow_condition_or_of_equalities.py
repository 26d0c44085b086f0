# 'x == 1 or x == 2' and 'not a and b' as conditions
def f(x, a, b):
    if x == 1 or x == 2:
        return 1
    if not a and b:
        return 2
    if not (a and b):
        return 3
