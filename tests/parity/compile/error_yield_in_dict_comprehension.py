# Symtable error: 'yield' inside dict comprehension
def f(items):
    return {x: (yield x) for x in items}
