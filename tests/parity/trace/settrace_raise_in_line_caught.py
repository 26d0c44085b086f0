# sys.settrace: a trace function raising on a line: the frame's f_trace is cleared and tracing stops.
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


frames = []


def bad(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == 'line' and frame.f_code.co_name == 'g':
        frames.append(frame)
        raise KeyError('line')
    return bad


def g():
    x = 1
    return x


def f():
    try:
        g()
    except KeyError as e:
        print('caught', repr(e))
    y = 2
    return y


sys.settrace(bad)
f()
print(sys.gettrace(), frames[0].f_trace)
