# the repr of cell objects (tracers see them: a class body returns its __class__ cell)
import sys


def f():
    x = 1

    def g():
        return x
    return g.__closure__[0]


print(f())


def h():
    def g():
        return y
    c = g.__closure__[0]
    print(c)
    y = None
    print(c)


h()
returned = []


def tracer(frame, event, arg):
    if event == "return" and frame.f_code.co_name == "K":
        returned.append(arg)
    return tracer


sys.settrace(tracer)


class K:
    def m(self):
        return __class__


sys.settrace(None)
print(returned, type(returned[0]).__name__, returned[0].cell_contents is K)
