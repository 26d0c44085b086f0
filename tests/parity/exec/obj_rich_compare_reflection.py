class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f'L{self.v}.__lt__')
        return self.v < o.v
    def __gt__(self, o):
        print(f'L{self.v}.__gt__')
        return self.v > o.v

print(L(1) < L(2))
print(L(1) > L(2))
print(3 < L(5) if False else 'skip')
class R:
    v = 9
    def __gt__(self, o):
        print('R.__gt__')
        return True
print(L(1) < R())
