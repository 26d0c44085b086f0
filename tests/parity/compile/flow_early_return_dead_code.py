# Code after return in the same block is unreachable and removed
def f(x):
    return x
    print("dead")
    x = 2
