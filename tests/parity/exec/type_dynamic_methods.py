class A:
    pass

def greet(self, who):
    return f'hi {who} from {type(self).__name__}'

A.greet = greet
print(A().greet('bob'))
a = A()
a.direct = lambda x: x * 2
print(a.direct(4))
setattr(A, 'val', 10)
print(getattr(a, 'val'), a.val)
delattr(A, 'val')
print(hasattr(a, 'val'))
