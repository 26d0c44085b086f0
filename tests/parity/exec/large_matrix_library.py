# A small matrix class with operator overloading, Fraction-free Gaussian elimination on
# rationals implemented by hand, determinants and inverses.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Q:
    __slots__ = ('n', 'd')
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('Q denominator is zero')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Q) else Q(x)
    def __add__(self, o): o = Q.of(o); return Q(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = Q.of(o); return Q(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Q.of(o) - self
    def __mul__(self, o): o = Q.of(o); return Q(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = Q.of(o); return Q(self.n * o.d, self.d * o.n)
    def __neg__(self): return Q(-self.n, self.d)
    def __eq__(self, o): o = Q.of(o); return self.n == o.n and self.d == o.d
    def __hash__(self): return hash((self.n, self.d))
    def __bool__(self): return self.n != 0
    def __repr__(self): return str(self.n) if self.d == 1 else f'{self.n}/{self.d}'

class Matrix:
    def __init__(self, rows):
        self.rows = [[Q.of(x) for x in r] for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError('ragged matrix')
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f'shape mismatch {self.shape} vs {o.shape}')
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f'cannot multiply {self.shape} by {o.shape}')
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Q(0)) for c in cols] for r in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n, m = self.shape
        if n != m:
            raise ValueError('det of non-square matrix')
        a = [list(r) for r in self.rows]
        det = Q(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Q(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det
    def inverse(self):
        n = self.shape[0]
        a = [list(r) + list(e) for r, e in zip(self.rows, Matrix.identity(n).rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                raise ZeroDivisionError('matrix is singular')
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])
    def __repr__(self):
        w = max(len(repr(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(f'{x!r:>{w}}' for x in r) + ']' for r in self.rows)

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2], [0, 1], [4, 0]])
print(A, A.shape, sep='\n')
print(A @ B)
print(A.det(), Matrix([[1, 2], [2, 4]]).det())
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv @ A == Matrix.identity(3))
print(2 * A + A.transpose())
print(Q(1, 3) + Q(1, 6), Q(3, -9), Q(5) / 10, -Q(2, 4), Q(1, 2) == Q(2, 4), {Q(1, 2), Q(2, 4)})
for bad in (lambda: A @ A.transpose() @ B.transpose(), lambda: A + B, lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: B.det()):
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
