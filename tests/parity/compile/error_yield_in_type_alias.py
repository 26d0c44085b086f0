# Symtable error: 'yield' expression cannot be used within a type alias
def f():
    type A = (yield)
