class D:
    def __get__(self, o, t=None):
        return 'value'
    def __delete__(self, o):
        print('delete called')

class A:
    d = D()

a = A()
del a.d
print(a.d)
try:
    a.d = 3
except AttributeError as e:
    print('AttributeError', e)
