# sys.settrace: a local trace function returning None keeps itself as f_trace (CPython 3.13).
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


def local(frame, event, arg):
    print('local', event, frame.f_lineno - frame.f_code.co_firstlineno)
    return None


def glob(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print('global', event, frame.f_code.co_name)
    return local


def f():
    a = 1
    b = 2
    return a + b


sys.settrace(glob)
f()
sys.settrace(None)
