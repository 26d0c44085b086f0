# The same tool with global events and local events on one code: the code gets the union;
# other codes only the global ones; get_events/get_local_events report each set apart.
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


def a():
    x = 1
    return x


def b():
    return 2


watch('PY_START', 'LINE', 'PY_RETURN', only={'a', 'b'})
mon.set_events(TOOL, E.PY_START)
mon.set_local_events(TOOL, a.__code__, E.LINE | E.PY_RETURN)
print(mon.get_events(TOOL) == E.PY_START, mon.get_local_events(TOOL, a.__code__) == E.LINE | E.PY_RETURN,
      mon.get_local_events(TOOL, b.__code__))
a(), b()
flush('union')
mon.set_events(TOOL, 0)
a(), b()
flush('global cleared')
mon.set_local_events(TOOL, a.__code__, E.PY_START)
mon.set_events(TOOL, E.PY_START)
a(), b()
flush('PY_START both ways: once')
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, a.__code__, 0)
