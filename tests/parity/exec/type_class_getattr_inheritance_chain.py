class A:
    x = 'A.x'
    y = 'A.y'
class B(A):
    x = 'B.x'
class C(B):
    pass
c = C()
print(c.x, c.y)
B.y = 'B.y'
print(c.y)
del B.x
print(c.x)
