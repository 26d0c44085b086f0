# sys.settrace: f_back in events names the calling function.
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
    back = frame.f_back
    print(event, frame.f_code.co_name, back.f_code.co_name if back else None,
          back.f_lineno - back.f_code.co_firstlineno if back and back.f_code.co_filename == __file__ else '-')
    return t


def c():
    return 1


def b():
    return c()


def a():
    x = b()
    return x


sys.settrace(t)
a()
sys.settrace(None)
