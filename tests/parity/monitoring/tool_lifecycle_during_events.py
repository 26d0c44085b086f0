# free_tool_id and use_tool_id while events are set: events keep firing until set_events(0)
# (3.13.0's free_tool_id only frees the name); get_tool, get_events, get_local_events values.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 2
mon.use_tool_id(TOOL, 'test')
log = []
DRIVER = {'callback', 'flush', 'short', 'watch', 'recorder'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(event, tool=TOOL, ret=None, only=None):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        if only is not None and code.co_name not in only:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(*names, tool=TOOL, ret=None, only=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(name, tool, ret, only))


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


def f():
    return 1


watch('PY_START', 'PY_RETURN')
mon.set_events(TOOL, E.PY_START)
mon.set_local_events(TOOL, f.__code__, E.PY_RETURN)
print(mon.get_tool(TOOL), mon.get_events(TOOL), mon.get_local_events(TOOL, f.__code__))
f()
flush('set')
mon.free_tool_id(TOOL)
print(mon.get_tool(TOOL), mon.get_events(TOOL), mon.get_local_events(TOOL, f.__code__))
f()
flush('after free_tool_id')
mon.use_tool_id(TOOL, 'again')
print(mon.get_tool(TOOL))
f()
flush('after use_tool_id again')
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, f.__code__, 0)
f()
flush('cleared')
mon.free_tool_id(TOOL)
try:
    mon.set_events(TOOL, E.PY_START)
except ValueError as e:
    print('ValueError', e)
