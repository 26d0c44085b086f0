# Generic function with defaults: the defaults are passed into the type-param scope as arguments
def f[T](x: T = 1, *, y: T = 2) -> T:
    return x
