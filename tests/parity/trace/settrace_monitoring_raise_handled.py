# sys.settrace with a monitoring tool on RAISE and EXCEPTION_HANDLED.
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
TOOL = 4
mon.use_tool_id(TOOL, 'exc')


def on_raise(code, offset, exc):
    if code.co_filename == __file__:
        print('monitor raise', code.co_name, type(exc).__name__)


def on_handled(code, offset, exc):
    if code.co_filename == __file__:
        print('monitor handled', code.co_name, type(exc).__name__)


mon.register_callback(TOOL, mon.events.RAISE, on_raise)
mon.register_callback(TOOL, mon.events.EXCEPTION_HANDLED, on_handled)


def f():
    try:
        raise ValueError
    except ValueError:
        return 'ok'


mon.set_events(TOOL, mon.events.RAISE | mon.events.EXCEPTION_HANDLED)
sys.settrace(tracer)
f()
sys.settrace(None)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
