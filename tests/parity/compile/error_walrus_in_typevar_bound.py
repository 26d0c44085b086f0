# Symtable error: named expression cannot be used within a TypeVar bound
class C[T: (x := int)]:
    pass
