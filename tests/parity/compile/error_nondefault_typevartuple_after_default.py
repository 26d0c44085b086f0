# Compiler error: non-default TypeVarTuple follows a default type parameter
class C[T = int, *Ts]:
    pass
