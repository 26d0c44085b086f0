# sys.settrace owns tool 7 while installed: get_tool and use_tool_id see it.
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
print(mon.get_tool(7), mon.get_tool(6))
sys.settrace(tracer)
print(mon.get_tool(7), mon.get_tool(6))


def f():
    return mon.get_events(7) != 0


f()
sys.settrace(None)
print(mon.get_tool(7), mon.get_events(7))
