# for ... else with a return in the else and break in the body
def f(items):
    for x in items:
        if x:
            break
    else:
        return -1
    return x
