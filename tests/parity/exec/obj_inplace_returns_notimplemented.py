class X:
    def __iadd__(self, o):
        print('iadd -> NotImplemented')
        return NotImplemented
    def __add__(self, o):
        print('add')
        return 'sum'

x = X()
x += 1
print(x)
