# sys.settrace called from within the trace function on a return event replaces it for later calls.
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


def second(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print('second', event, frame.f_code.co_name)
    return second


def first(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print('first', event, frame.f_code.co_name)
    if event == 'return' and frame.f_code.co_name == 'g':
        sys.settrace(second)
    return first


def g():
    return 1


def f():
    g()
    g()
    return 2


sys.settrace(first)
f()
sys.settrace(None)
