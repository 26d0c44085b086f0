# ParamSpec: INTRINSIC_PARAMSPEC
def f[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    return fn
