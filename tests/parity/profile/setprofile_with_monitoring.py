# sys.setprofile and a sys.monitoring CALL tool at the same time.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith('c_'):
        what = f'{type(arg).__name__} {arg.__qualname__} self={type(arg.__self__).__name__}'
    else:
        what = show(arg)
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, what)


mon = sys.monitoring
TOOL = 1
mon.use_tool_id(TOOL, 'calls')


def on_call(code, offset, callable, arg0):
    if code.co_filename == __file__:
        print('monitor call', code.co_name, getattr(callable, '__name__', '?'))


mon.register_callback(TOOL, mon.events.CALL, on_call)


def g():
    return len('ab')


mon.set_events(TOOL, mon.events.CALL)
sys.setprofile(profiler)
g()
sys.setprofile(None)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
