class Guard:
    def __setattr__(self, name, value):
        print('set', name, value)
        if name == 'frozen':
            raise AttributeError('cannot set frozen')
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        object.__delattr__(self, name)

g = Guard()
g.a = 1
try:
    g.frozen = True
except AttributeError as e:
    print(e)
del g.a
print(vars(g))
