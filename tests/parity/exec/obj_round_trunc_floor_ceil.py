class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
print(round(R()), round(R(), 2))
print(round(2.675, 2), round(-0.5), round(1.5), round(12345, -2), round(7))
print(int(-3.9), int(3.9))
