# sys.settrace opcode events and a monitoring INSTRUCTION tool on the same code.
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


mon = sys.monitoring
TOOL = 1
mon.use_tool_id(TOOL, 'insn')


def on_insn(code, offset):
    if code.co_name == 'f':
        print('monitor insn', offset)


mon.register_callback(TOOL, mon.events.INSTRUCTION, on_insn)


def t(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_opcodes = True
    print(event, frame.f_code.co_name, frame.f_lasti)
    return t


def f(x):
    return x + 1


mon.set_local_events(TOOL, f.__code__, mon.events.INSTRUCTION)
sys.settrace(t)
f(1)
sys.settrace(None)
f(2)
mon.set_local_events(TOOL, f.__code__, 0)
mon.free_tool_id(TOOL)
