# TypeVarTuple: INTRINSIC_TYPEVARTUPLE, used with star in annotations
def f[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args

class C[T, *Ts]:
    pass
