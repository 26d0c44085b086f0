class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print('add')
        return Num(self.v + o)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print('iadd')
        self.items.append(o)
        return self

n = Num(1)
n2 = n
n += 5
print(n.v, n2.v, n is n2)
a = Acc()
b = a
a += 3
print(a.items, a is b)
