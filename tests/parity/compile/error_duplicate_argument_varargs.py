# Symtable error: duplicate argument between *args and **kwargs names
def f(*x, **x):
    pass
