class C[T: "Forward"]: pass
class C[T: (yield)]: pass
def f[T: (int, "str")](): pass
def f[T = list[int]](): pass
def f[T: int = 1, U: str = "u"](): pass
def f[**P = (int, str)](): pass
def f[*Ts = *Ts2](): pass
type A[T] = T
type A[T = int, *Ts = *tuple[()], **P = []] = Callable[P, tuple[T, *Ts]]
class C[T, U=T]: pass
def f[T, U: T](): pass
def f[T = (yield)](): pass
def f[match, case, type](): pass
type type = type
type match[case] = case
