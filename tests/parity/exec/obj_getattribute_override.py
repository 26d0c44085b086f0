class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print('get', name)
        return object.__getattribute__(self, name)

l = Logged()
print(l.a)
print(type(l).__name__)
