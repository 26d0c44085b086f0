# Symtable error: assignment expression cannot be used in a comprehension iterable expression
def f():
    return [x for x in (y := [1, 2])]
