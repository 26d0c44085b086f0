# Symtable error: assignment expression cannot rebind comprehension iteration variable 'x'
def f(items):
    return [x := 1 for x in items]
