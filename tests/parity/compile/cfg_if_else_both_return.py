# Both branches return: the code after the if is unreachable and not compiled
def f(x):
    if x:
        return 1
    else:
        return 2
    print("unreachable")
