for i in range(3):
    print(i)

if x := 5:
  print(x)
else:
  pass

def f(a):
    return a * 2

f(21)
class A:
    def m(self):
        return "m"

    def n(self):
        return "n"

A().m(), A().n()
if 1: print("one line")

while False: pass

try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")

class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *exc):
        print("exited", exc)
        return True

with CM() as v:
    print(v)
    1 / 0

match = 3
match match:
    case 3:
        print("three")

@staticmethod
def g(): pass

type(g).__name__
