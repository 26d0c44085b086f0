# sys.settrace: the traceback in exception events grows as the exception passes each frame.
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
    if event == 'exception':
        tb = arg[2]
        lines = []
        while tb is not None:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
            tb = tb.tb_next
        print(event, frame.f_code.co_name, arg[0].__name__, lines)
    return t


def c():
    raise ValueError


def b():
    c()


def a():
    try:
        b()
    except ValueError:
        pass


sys.settrace(t)
a()
sys.settrace(None)
