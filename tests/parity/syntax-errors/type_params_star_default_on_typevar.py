def f[T = *Ts]():
    pass
