# sys.settrace: line events switched off after a line and back on later.
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


def toggling(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    print(event, rel, frame.f_trace_lines)
    if event == 'line' and rel == 1:
        frame.f_trace_lines = False
    return toggling


def helper():
    sys._getframe(1).f_trace_lines = True


def f():
    a = 1
    b = 2
    helper()
    c = 3
    return a + b + c


sys.settrace(toggling)
f()
sys.settrace(None)
