# A function docstring is the first constant (co_consts[0])
def f():
    "Return one."
    return 1

def g():
    """Multi
    line
    docstring."""
