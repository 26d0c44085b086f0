# Symtable error: duplicate argument between a positional and a keyword-only parameter
def f(a, *, a=1):
    pass
