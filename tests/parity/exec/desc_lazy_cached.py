class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        v = self.func(obj)
        obj.__dict__[self.name] = v
        return v

class Data:
    @cached
    def expensive(self):
        print('computing')
        return 99

d = Data()
print(d.expensive, d.expensive, d.expensive)
