class V:
    def __init__(self, v): self.v = v
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(self.v + 100)
    def __abs__(self): return V(abs(self.v) * 2)
    def __invert__(self): return V(~self.v)
    def __repr__(self): return f'V({self.v})'

v = V(-3)
print(-v, +v, abs(v), ~v)
try:
    -'x'
except TypeError as e:
    print(e)
