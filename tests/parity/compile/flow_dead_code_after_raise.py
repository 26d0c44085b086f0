# Code after raise is removed
def f():
    raise ValueError
    g()
