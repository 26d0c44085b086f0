import sys
def line():
    return sys._getframe(1).f_lineno
print(line())
x = [
    line(),
    line(),
]
print(x)
if True:
    print(line())
