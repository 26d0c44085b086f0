# sys.settrace: f_trace_opcodes switched off halfway through a frame.
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


def optrace(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    if event == 'call':
        frame.f_trace_opcodes = True
    if event == 'line' and rel == 2:
        frame.f_trace_opcodes = False
    print(event, rel, frame.f_lasti)
    return optrace


def f():
    a = 1
    b = 2
    c = 3
    return a + b + c


sys.settrace(optrace)
f()
f()
sys.settrace(None)
