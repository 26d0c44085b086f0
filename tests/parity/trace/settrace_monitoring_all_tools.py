# sys.settrace and sys.setprofile (tools 7 and 6) with all six user tools watching PY_START and PY_RETURN:
# the order in which every tool sees a call; tools 6 and 7 are not reachable from sys.monitoring.
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
for tool in range(6):
    mon.use_tool_id(tool, 'tool%d' % tool)
    mon.register_callback(tool, mon.events.PY_START,
                          lambda code, offset, tool=tool: print('monitor', tool, 'start', code.co_name))
    mon.register_callback(tool, mon.events.PY_RETURN,
                          lambda code, offset, value, tool=tool: print('monitor', tool, 'return', code.co_name))
    mon.set_events(tool, mon.events.PY_START | mon.events.PY_RETURN)


def prof(frame, event, arg):
    if frame.f_code.co_filename == __file__ and not event.startswith('c_'):
        print('profile', event, frame.f_code.co_name)


def f():
    return 1


sys.setprofile(prof)
sys.settrace(tracer)
f()
sys.settrace(None)
sys.setprofile(None)
for tool in range(6):
    mon.set_events(tool, 0)
    mon.free_tool_id(tool)
for tool in (6, 7):
    try:
        mon.get_tool(tool)
    except ValueError as e:
        print('ValueError', e)
