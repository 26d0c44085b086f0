# Symtable error: 'yield' inside set comprehension
def f(items):
    return {(yield x) for x in items}
