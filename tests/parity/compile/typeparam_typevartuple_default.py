# A TypeVarTuple with a default, including a starred default
class C[*Ts = *tuple[int, ...]]:
    pass

type A[*Ts = tuple[int]] = tuple[*Ts]
