# sys.settrace: opcode events around an exception raised and caught (f_lasti jumps to the handler;
# f_lineno is None at the handler's first instruction, which has no line).
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
    frame.f_trace_opcodes = True
    line = frame.f_lineno
    print(event, line if line is None else line - frame.f_code.co_firstlineno, frame.f_lasti, show(arg))
    return optrace


def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'z'


sys.settrace(optrace)
f()
sys.settrace(None)
