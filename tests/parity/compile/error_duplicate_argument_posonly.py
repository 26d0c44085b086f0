# Symtable error: duplicate argument between a positional-only and a regular parameter
def f(a, /, a):
    pass
