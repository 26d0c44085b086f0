# elif with constant conditions: 'elif 0' removed, 'elif 1' makes the else unreachable
def f(x):
    if x:
        return 1
    elif 0:
        return 2
    elif 1:
        return 3
    else:
        return 4
