# Symtable error: duplicate argument 'a' in function definition
def f(a, b, a):
    pass
