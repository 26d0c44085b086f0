# TypeVar with a bound: lazily evaluated in its own scope, INTRINSIC_TYPEVAR_WITH_BOUND
def f[T: int](x: T) -> T:
    return x

class C[T: (Hashable)]:
    pass
