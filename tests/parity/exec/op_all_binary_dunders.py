class T:
    def __init__(self, n): self.n = n
names = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']
for nm in names:
    setattr(T, f'__{nm}__', (lambda nm: lambda self, o: f'{nm}({self.n},{o})')(nm))
    setattr(T, f'__r{nm}__', (lambda nm: lambda self, o: f'r{nm}({self.n},{o})')(nm))
t = T(1)
print(t + 2, t - 2, t * 2, t @ 2, t / 2, t // 2, t % 2, t ** 2, t << 2, t >> 2, t & 2, t ^ 2, t | 2)
print(2 + t, 2 - t, 2 * t, 2 @ t, 2 / t, 2 // t, 2 % t, 2 ** t, 2 << t, 2 >> t, 2 & t, 2 ^ t, 2 | t)
