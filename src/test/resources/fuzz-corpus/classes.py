"""Classes, decorators, properties and dunder methods."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import ClassVar, Generic, TypeVar

T = TypeVar("T")


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__!r} with {args=} {kwargs=}")
        return func(*args, **kwargs)
    return wrapper


@dataclass(frozen=True, slots=True)
class Point:
    x: float = 0.0
    y: float = 0.0
    tags: list[str] = field(default_factory=list)
    ORIGIN: ClassVar[Point | None] = None

    def __add__(self, other: Point) -> Point:
        return Point(self.x + other.x, self.y + other.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    @property
    def norm1(self) -> float:
        return abs(self.x) + abs(self.y)

    @classmethod
    def parse(cls, text: str, /, *, sep: str = ",") -> "Point":
        a, b = (float(p) for p in text.split(sep))
        return cls(a, b)


class Stack(Generic[T]):
    __slots__ = ("_items",)

    def __init__(self, *items: T) -> None:
        self._items: list[T] = [*items]

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack") from None
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        yield from reversed(self._items)

    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self))})"


class Box[U: (int, str), *Ts, **P]:
    type Alias[K] = dict[K, U]

    def get[V](self, default: V = None) -> U | V:
        return getattr(self, "_value", default)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("registry", {})
        return super().__new__(mcls, name, bases, ns)


class Plugin(metaclass=Meta, flag=True):
    @logged
    @staticmethod
    def run(x, y=2, *rest, z, w=3, **extra):
        global COUNTER
        COUNTER = x @ y if hasattr(x, "__matmul__") else x * y
        return COUNTER, rest, z, w, extra


COUNTER = 0
