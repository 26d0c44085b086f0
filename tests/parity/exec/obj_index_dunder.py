class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

items = ['a', 'b', 'c', 'd']
print(items[Idx(1)], items[Idx(-1)], items[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), range(Idx(3)))
print('ab' * Idx(3))
