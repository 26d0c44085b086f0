# sys.setprofile: calling a type (int, list, dict, a class) gives no c_call; its Python __init__ is a call.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith('c_'):
        what = f'{type(arg).__name__} {arg.__qualname__} self={type(arg.__self__).__name__}'
    else:
        what = show(arg)
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, what)


class C:
    def __init__(self, x):
        self.x = x


def f():
    a = int('3')
    b = list((1, 2))
    c = dict(a=1)
    d = C(4)
    e = object()
    return a, b, c, d.x


sys.setprofile(profiler)
f()
sys.setprofile(None)
