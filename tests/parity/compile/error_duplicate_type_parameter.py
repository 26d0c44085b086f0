# Symtable error: duplicate type parameter 'T'
def f[T, T]():
    pass
