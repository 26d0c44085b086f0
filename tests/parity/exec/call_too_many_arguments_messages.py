def f(a, b=1):
    pass
def g():
    pass
class A:
    def m(self, x):
        pass
for call in (lambda: f(1, 2, 3), lambda: g(1), lambda: A().m(1, 2), lambda: A.m(), lambda: f(1, 2, 3, 4, x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
