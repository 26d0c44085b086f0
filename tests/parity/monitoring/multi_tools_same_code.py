# Three tools on the same code with different events, global and local mixed: each callback
# says which tool it belongs to; tool order within one event is the tools' order.
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


mon.use_tool_id(3, 'three')
mon.use_tool_id(4, 'four')


def target(n):
    s = 0
    for i in range(n):
        s += i
    return s


watch('PY_START', 'LINE', 'PY_RETURN', tool=TOOL)
watch('PY_START', 'BRANCH', 'JUMP', tool=3)
watch('LINE', 'PY_RETURN', 'CALL', tool=4)
mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
mon.set_local_events(TOOL, target.__code__, E.LINE)
mon.set_local_events(3, target.__code__, E.PY_START | E.BRANCH | E.JUMP)
mon.set_events(4, E.PY_RETURN)
mon.set_local_events(4, target.__code__, E.LINE | E.CALL)
r = target(2)
mon.set_events(TOOL, 0)
mon.set_events(4, 0)
print(r)
flush('all three')
mon.set_local_events(TOOL, target.__code__, 0)
r = target(1)
print(r)
flush('tool 2 local off')
for t in (3, 4):
    mon.set_local_events(t, target.__code__, 0)
    print(t, mon.get_local_events(t, target.__code__), mon.get_events(t))
r = target(1)
flush('all off')
