def f(a: int) -> int:
    pass
def f(a: int = 1, *args: str, b: bool = True, **kwargs: object) -> None:
    pass
def f(a: "str", /, b: list[int], *, c: dict[str, int] = {}) -> "Result":
    pass
def f(*args: *Ts):
    pass
def f(*args: *tuple[int, ...]) -> tuple[*Ts]:
    pass
def f(*args: *Ts, **kw: int):
    pass
def f(*args: *Ts, a: int = 1, b):
    pass
def f(x: lambda: int = lambda: 0) -> lambda: str:
    pass
def f(x: (yield)) -> (yield):
    pass
def f(a: int, b: int = 2, /, c: int = 3) -> int | None:
    pass
def f() -> int if x else str:
    pass
