# Symtable error: nonlocal binding not allowed for type parameter 'T'
def f[T]():
    def g():
        nonlocal T
