for v in (5, 'str', None, [1]):
    try:
        v()
    except TypeError as e:
        print(e)
class A: pass
try:
    A()()
except TypeError as e:
    print(e)
