def f[T](x: T) -> T:
    return x
def f[T,](x): pass
def f[T, U](x: T, y: U): pass
def f[T: int](x): pass
def f[T: (int, str)](x): pass
def f[T: int = bool](x): pass
def f[T = int](x): pass
def f[*Ts](*args: *Ts): pass
def f[*Ts = *tuple[int, str]](): pass
def f[*Ts = Unpack[tuple[int]]](): pass
def f[**P](*args: P.args, **kwargs: P.kwargs): pass
def f[**P = [int, str]](): pass
def f[**P = ...](): pass
def f[T, *Ts, **P](): pass
def f[T: int, U: (str, bytes) = str, *Ts, **P](): pass
async def f[T](x: T) -> T: pass
@decorator
def f[T](): pass
def f[
    T,
    U,
](): pass
