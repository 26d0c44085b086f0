# A function without a docstring, and one whose first statement is a non-string expression
def f():
    return 1

def g():
    1
    "not a docstring"
    return 2
