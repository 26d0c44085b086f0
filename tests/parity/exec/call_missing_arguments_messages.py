def f(a, b, c):
    pass
def k(*, x, y):
    pass
for call in (lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: k(), lambda: k(x=1)):
    try:
        call()
    except TypeError as e:
        print(e)
