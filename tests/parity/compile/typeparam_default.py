# PEP 696 defaults on a TypeVar: INTRINSIC_SET_TYPEPARAM_DEFAULT with a lazily evaluated default
def f[T = int](x: T) -> T:
    return x

class C[T: int = bool, U = str]:
    pass
