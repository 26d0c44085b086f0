# sys.settrace: a trace function writing frame.f_locals changes the running function's variable (PEP 667).
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
    if event == 'line' and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        frame.f_locals['x'] = 100
    return t


def f():
    x = 1
    y = x
    return x, y


sys.settrace(t)
print(f())
sys.settrace(None)
