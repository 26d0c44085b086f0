def f[: int]():
    pass
