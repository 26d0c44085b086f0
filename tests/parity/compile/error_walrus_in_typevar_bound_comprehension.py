# Symtable error: assignment expression within a comprehension cannot be used in a TypeVar bound
def f[T: [(y := 1) for _ in range(2)]]():
    pass
