# TypeVar with constraints: a tuple evaluated lazily, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
def f[T: (int, str)](x: T) -> T:
    return x
