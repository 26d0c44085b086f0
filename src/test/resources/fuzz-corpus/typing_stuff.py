from typing import Callable, Protocol, overload

type Vector = list[float]
type Pair[T] = tuple[T, T]
type Nested[*Ts, **P, T: int = int] = Callable[P, tuple[*Ts]]


class Sized(Protocol):
    def __len__(self) -> int: ...


@overload
def scale(v: Vector, k: float) -> Vector: ...
@overload
def scale(v: float, k: float) -> float: ...
def scale(v, k):
    if isinstance(v, list):
        return [k * x for x in v]
    return k * v


def first[T](xs: list[T], /) -> T:
    return xs[0]


def star_args(*args: *tuple[int, ...]) -> None:
    pass


x: int
y: list[int] = []
(z): str = "z"
obj.attr: float = 1.0
seq[0]: int = 1


def annotated(a: "int" = 1, *, b: lambda: int = None) -> (yield):
    nonlocal_value = 1

    def inner():
        nonlocal nonlocal_value
        nonlocal_value += 1
    return inner
