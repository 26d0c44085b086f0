# sys.settrace: the caller's f_lineno, seen from the callee's call event, at a call spread over lines.
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
    if event == 'call':
        back = frame.f_back
        print(frame.f_code.co_name, 'called at', back.f_lineno - back.f_code.co_firstlineno, back.f_lasti)
    return None


def g(*a):
    return len(a)


def f():
    return g(1,
             g(2,
               3),
             4)


sys.settrace(t)
f()
sys.settrace(None)
