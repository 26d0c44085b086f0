# LOAD_CONST followed by RETURN_VALUE becomes RETURN_CONST
def f(x):
    if x:
        return 1
    if x == 2:
        return "two"
    return
