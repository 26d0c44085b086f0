# sys.monitoring.use_tool_id on the ids settrace and setprofile own while they are installed.
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
sys.settrace(tracer)
sys.setprofile(lambda *a: None)
for tool in (6, 7):
    try:
        mon.use_tool_id(tool, 'mine')
    except ValueError as e:
        print('ValueError', e)
sys.setprofile(None)
sys.settrace(None)
print(mon.get_tool(6), mon.get_tool(7))
