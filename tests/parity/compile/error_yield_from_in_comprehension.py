# Symtable error: 'yield from' inside a list comprehension
def f(items):
    return [(yield from x) for x in items]
