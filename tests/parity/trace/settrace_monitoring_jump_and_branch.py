# sys.settrace with a monitoring tool on JUMP and BRANCH: the tool sees each jump, the tracer its lines.
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
mon.use_tool_id(TOOL, 'jumps')


def on_jump(code, src, dst):
    if code.co_filename == __file__:
        print('monitor jump', src, dst)


def on_branch(code, src, dst):
    if code.co_filename == __file__:
        print('monitor branch', src, dst)


mon.register_callback(TOOL, mon.events.JUMP, on_jump)
mon.register_callback(TOOL, mon.events.BRANCH, on_branch)


def f():
    for i in range(2): pass
    if i:
        return i


mon.set_events(TOOL, mon.events.JUMP | mon.events.BRANCH)
sys.settrace(tracer)
f()
sys.settrace(None)
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
