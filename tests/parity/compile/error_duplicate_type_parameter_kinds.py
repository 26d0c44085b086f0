# Symtable error: duplicate type parameter between a TypeVar and a ParamSpec
class C[T, **T]:
    pass
