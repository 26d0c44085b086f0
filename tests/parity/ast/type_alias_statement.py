type X = int
type X = int | str
type X[T] = list[T]
type X[T,] = list[T]
type X[T: int] = list[T]
type X[T: (int, str)] = list[T]
type X[T = int] = list[T]
type X[*Ts] = tuple[*Ts]
type X[*Ts = *tuple[int]] = tuple[*Ts]
type X[**P] = Callable[P, int]
type X[**P = [int, str]] = Callable[P, int]
type X[T, *Ts, **P] = tuple[T, *Ts, Callable[P, T]]
type X = lambda: 1
type X = (yield)
type Recursive = list[Recursive] | int
class C:
    type Alias = int
def f():
    type Local[T] = dict[str, T]
if True: type X = int
type = 1
type.x = 2
type(x)
type X = "forward"
