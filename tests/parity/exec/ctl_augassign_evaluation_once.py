def key():
    print('key evaluated')
    return 'k'
d = {'k': 1}
d[key()] += 5
print(d)
class A:
    def __init__(self):
        self.calls = 0
    @property
    def obj(self):
        self.calls += 1
        return self
a = A()
a.obj.x = 1
a.obj.x += 1
print(a.calls, a.x)
