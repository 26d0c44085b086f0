# Symtable error: assignment expression within a comprehension cannot be used within the definition of a generic
def f[T](x: [(y := 1) for _ in range(2)]):
    pass
