# sys.settrace with a monitoring PY_START/PY_RETURN tool: both get the calls, in tool order.
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
TOOL = 2
mon.use_tool_id(TOOL, 'calls')


def start(code, offset):
    if code.co_filename == __file__:
        print('monitor start', code.co_name)


def ret(code, offset, value):
    if code.co_filename == __file__:
        print('monitor return', code.co_name, value)


mon.register_callback(TOOL, mon.events.PY_START, start)
mon.register_callback(TOOL, mon.events.PY_RETURN, ret)


def g():
    return 5


def f():
    return g()


mon.set_events(TOOL, mon.events.PY_START | mon.events.PY_RETURN)
sys.settrace(tracer)
f()
sys.settrace(None)
f()
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
