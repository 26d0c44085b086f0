"""Matrix and vector classes: operator overloading, slicing, generics, properties."""
from __future__ import annotations

from fractions import Fraction
from functools import reduce, total_ordering
from itertools import product, starmap
from numbers import Number
from typing import Iterator, Sequence, SupportsFloat, overload


@total_ordering
class Vector[T: (int, float, Fraction)]:
    __slots__ = ("_data",)
    __match_args__ = ("_data",)

    def __init__(self, *components: T) -> None:
        self._data: tuple[T, ...] = tuple(components)

    @classmethod
    def zeros(cls, n: int) -> Vector[int]:
        return cls(*[0] * n)

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[T]:
        return iter(self._data)

    @overload
    def __getitem__(self, i: int) -> T: ...
    @overload
    def __getitem__(self, i: slice) -> Vector[T]: ...
    def __getitem__(self, i):
        return Vector(*self._data[i]) if isinstance(i, slice) else self._data[i]

    def __add__(self, other: Vector[T]) -> Vector[T]:
        return Vector(*(a + b for a, b in zip(self, other, strict=True)))

    def __sub__(self, other: Vector[T]) -> Vector[T]:
        return self + -other

    def __neg__(self) -> Vector[T]:
        return Vector(*(-a for a in self))

    def __mul__(self, k: T) -> Vector[T]:
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other: Vector[T]) -> T:
        return sum(a * b for a, b in zip(self, other))

    def __abs__(self) -> float:
        return (self @ self) ** 0.5

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vector) and self._data == other._data

    def __lt__(self, other: Vector[T]) -> bool:
        return abs(self) < abs(other)

    def __hash__(self) -> int:
        return hash(self._data)

    def __repr__(self) -> str:
        return f"Vector({', '.join(map(repr, self._data))})"


class Matrix:
    def __init__(self, rows: Sequence[Sequence[SupportsFloat]]) -> None:
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(map(Fraction, r)) for r in rows]

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    @staticmethod
    def identity(n: int) -> Matrix:
        return Matrix([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, index: tuple[int, int] | int):
        match index:
            case (int(i), int(j)):
                return self.rows[i][j]
            case int(i):
                return Vector(*self.rows[i])
            case (slice() as rs, slice() as cs):
                return Matrix([row[cs] for row in self.rows[rs]])
            case _:
                raise TypeError(index)

    def __matmul__(self, other: Matrix) -> Matrix:
        (n, m), (m2, p) = self.shape, other.shape
        assert m == m2, f"shape mismatch: {self.shape} @ {other.shape}"
        cols = list(zip(*other.rows))
        return Matrix([[sum(starmap(lambda a, b: a * b, zip(row, col))) for col in cols]
                       for row in self.rows])

    def __pow__(self, k: int) -> Matrix:
        return reduce(Matrix.__matmul__, [self] * k, Matrix.identity(self.shape[0]))

    def transpose(self) -> Matrix:
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self) -> Fraction:
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [row[:] for row in self.rows]
        det = Fraction(1)
        for c in range(n):
            pivot = next((r for r in range(c, n) if a[r][c] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != c:
                a[c], a[pivot] = a[pivot], a[c]
                det = -det
            det *= a[c][c]
            for r in range(c + 1, n):
                factor = a[r][c] / a[c][c]
                a[r][c:] = [x - factor * y for x, y in zip(a[r][c:], a[c][c:])]
        return det

    def __str__(self) -> str:
        width = max(len(str(x)) for x, in ((v,) for row in self.rows for v in row))
        return "\n".join(" ".join(f"{str(x):>{width}}" for x in row) for row in self.rows)


m = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]])
print(m @ Matrix.identity(3) == m or "matrices compare by identity", m.determinant())
print((m ** 3)[0, 0], m[1], m[0:2, 1:3], sep="\n")
print(sorted([Vector(3, 4), Vector(1, 1), Vector(0, 5)]), Vector(1, 2) @ Vector(3, 4))
print({(i, j): i * j for i, j in product(range(2), repeat=2)}, isinstance(1, Number))
