# Symtable error: 'yield' inside generator expression
def f(items):
    return ((yield x) for x in items)
