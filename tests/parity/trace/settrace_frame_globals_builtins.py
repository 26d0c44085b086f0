# sys.settrace: f_globals and f_builtins of traced frames, and f_code identity.
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


def t(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code is f.__code__, frame.f_globals is globals(), 'len' in frame.f_builtins)
    return None


def f():
    return 1


sys.settrace(t)
f()
sys.settrace(None)
