# An if statement without an else at module level and in a function
if x:
    y = 1

def f(x):
    if x:
        x = 2
    return x
