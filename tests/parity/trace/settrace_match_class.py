# sys.settrace: class patterns with positional and keyword sub-patterns.
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


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def f(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0):
            return 'on y'
        case Point(x, y):
            return 'point'
        case _:
            return 'nothing'


sys.settrace(tracer)
f(Point(0, 0))
f(Point(0, 5))
f(Point(1, 2))
f(None)
sys.settrace(None)
