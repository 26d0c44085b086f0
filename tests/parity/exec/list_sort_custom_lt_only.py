class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f'P{self.v}'
ps = [P(3), P(1), P(2), P(1)]
print(sorted(ps), min(ps), max(ps))
ps.sort(reverse=True)
print(ps)
try:
    sorted([P(1), 1])
except TypeError as e:
    print(e)
