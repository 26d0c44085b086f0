# An n-dimensional vector type: every arithmetic dunder, reflected and in-place, comparison,
# hashing, formatting and iteration.

class Vector:
    __slots__ = ('_c',)
    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)
    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i):
        r = self._c[i]
        return Vector(r) if isinstance(i, slice) else r
    def _zip(self, other):
        if not isinstance(other, Vector):
            return None
        if len(other) != len(self):
            raise ValueError(f'dimension mismatch: {len(self)} vs {len(other)}')
        return zip(self._c, other._c)
    def __add__(self, o):
        z = self._zip(o)
        return NotImplemented if z is None else Vector(a + b for a, b in z)
    def __sub__(self, o):
        z = self._zip(o)
        return NotImplemented if z is None else Vector(a - b for a, b in z)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(a * k for a in self._c)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(a / k for a in self._c)
    def __matmul__(self, o):
        z = self._zip(o)
        return NotImplemented if z is None else sum(a * b for a, b in z)
    def __neg__(self): return Vector(-a for a in self._c)
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self._c) ** 0.5
    def __bool__(self): return any(self._c)
    def __eq__(self, o):
        return isinstance(o, Vector) and self._c == o._c
    def __hash__(self): return hash(self._c)
    def __lt__(self, o): return abs(self) < abs(o)
    def __repr__(self): return f'Vector{self._c}'
    def __format__(self, spec):
        if spec.endswith('p'):
            r = abs(self)
            return f'<r={format(r, spec[:-1])}>'
        return '(' + ', '.join(format(a, spec) for a in self._c) + ')'
    def __round__(self, n=0):
        return Vector(round(a, n) for a in self._c)

v, w = Vector(3, 4), Vector(1.5, -2)
print(v + w, v - w, v * 2, 2 * v, v / 2, v @ w, -v, +v, abs(v), bool(Vector(0, 0)))
print(f'{v:.2f}', f'{w:>6}', f'{v:.1fp}', round(Vector(1.234, 5.678), 1), v[0], v[::-1], len(v), list(v))
u = v
u += w
print(u, v, u is v)
u *= 3
print(u)
print(sorted([Vector(5, 5), Vector(1, 0), Vector(0, 3)]), max(Vector(1, 1), Vector(-2, 0)))
print({Vector(1, 2): 'a', Vector(1, 2): 'b'}, Vector(1, 2) == Vector([1, 2]), Vector(1) == (1,))
print(sum([Vector(1, 1), Vector(2, 2)], Vector(0, 0)))
for bad in (lambda: v + 1, lambda: 'a' * v, lambda: v + Vector(1, 2, 3), lambda: v @ [1, 2], lambda: v < 3):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
