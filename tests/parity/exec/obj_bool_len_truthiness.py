class Empty:
    def __len__(self):
        return 0

class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class Plain:
    pass

print(bool(Empty()), bool(Truthy()), bool(Plain()))
print('yes' if Empty() else 'no')
print(not Truthy())
