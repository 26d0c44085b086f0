# Symtable error: nonlocal finds no enclosing function binding (the module binding does not count)
x = 1
def f():
    nonlocal x
