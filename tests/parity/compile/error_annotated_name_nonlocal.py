# Symtable error: annotated name 'x' can't be nonlocal
def f():
    x = 1
    def g():
        nonlocal x
        x: int
