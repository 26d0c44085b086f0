# sys.settrace: opcode events through a loop, with the opcode read from co_code
# (the original instruction, not its instrumented form).
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
    if event == 'opcode':
        op = frame.f_code.co_code[frame.f_lasti]
        print(event, frame.f_lasti, op)
    else:
        print(event, frame.f_lineno - frame.f_code.co_firstlineno)
    return optrace


def f():
    t = 0
    for i in range(2):
        t += i
    return t


sys.settrace(optrace)
f()
sys.settrace(None)
