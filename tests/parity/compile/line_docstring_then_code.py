# A function with a docstring and code on the following lines: RESUME line vs first statement
def f():
    """Doc."""
    x = 1
    return x
