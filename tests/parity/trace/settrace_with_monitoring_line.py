# sys.settrace and a sys.monitoring LINE tool at the same time: both see every line.
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
TOOL = 3
mon.use_tool_id(TOOL, 'lines')


def on_line(code, line):
    if code.co_filename == __file__:
        print('monitor line', code.co_name, line - code.co_firstlineno)


mon.register_callback(TOOL, mon.events.LINE, on_line)


def f():
    a = 1
    return a


mon.set_events(TOOL, mon.events.LINE)
sys.settrace(tracer)
f()
sys.settrace(None)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
