class A:
    pass

a = A()
object.__setattr__(a, 'v', 7)
print(object.__getattribute__(a, 'v'))
print(object.__eq__(a, a), object.__eq__(a, 1), object.__ne__(a, 1))
print(object.__lt__(a, a))
print(A.__init__ is object.__init__, object.__str__(5))
