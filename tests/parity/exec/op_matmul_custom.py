class M:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f'M({self.rows})'
print(M([[1, 2], [3, 4]]) @ M([[5, 6], [7, 8]]))
m = M([[1, 0], [0, 1]])
m @= M([[2, 3], [4, 5]])
print(m)
