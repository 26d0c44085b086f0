# sys.call_tracing from a trace function: the called function is traced with the same tracer.
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


depth = 0


def helper(x):
    y = x * 2
    return y


def t(frame, event, arg):
    global depth
    if frame.f_code.co_filename != __file__:
        return None
    print('  ' * depth + event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno, show(arg))
    if frame.f_code.co_name == 'f' and event == 'line':
        depth += 1
        sys.call_tracing(helper, (3,))
        depth -= 1
    return t


def f():
    return 1


sys.settrace(t)
f()
sys.settrace(None)
