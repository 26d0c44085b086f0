class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq called')
        return self.v == other.v

print(V(1) != V(1))
print(V(1) != V(2))
