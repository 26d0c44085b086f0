x: int
x: int = 1
y: list[int] = []
(x): int = 2
(x): int
obj.attr: str = "s"
obj.attr: str
obj[0]: float = 1.0
obj[0]: float
(obj.attr): int = 3
(obj[0]): int
t: tuple = 1, 2
t: tuple = *a, b
z: "forward" = None
f().x: int = 0
a.b.c: dict[str, int] = {}
w: int | None = None
v: lambda: 1 = 2
