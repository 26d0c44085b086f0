# sys.settrace: assignment expressions in a while test and a comprehension.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, show(arg))
    return tracer


def f():
    data = [1, 2, 0, 3]
    i = 0
    while (v := data[i]) != 0:
        i += 1
    evens = [y for x in data if (y := x * 2) > 2]
    return i, evens


sys.settrace(tracer)
f()
sys.settrace(None)
