# Symtable error: 'yield' inside list comprehension
def f(items):
    return [(yield x) for x in items]
