class T:
    def __init__(self): self.log = []
for nm in ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or']:
    def m(self, o, nm=nm):
        self.log.append(nm)
        return self
    setattr(T, f'__i{nm}__', m)
t = T()
t += 1; t -= 1; t *= 1; t @= 1; t /= 1; t //= 1; t %= 1; t **= 1; t <<= 1; t >>= 1; t &= 1; t ^= 1; t |= 1
print(t.log)
