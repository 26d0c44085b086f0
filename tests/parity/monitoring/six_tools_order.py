# All six tool ids on the same events (PY_START global for some, local for others, CALL):
# the order callbacks run in for one event, and each tool's DISABLE kept to itself.
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


for t in range(6):
    if t != TOOL:
        mon.use_tool_id(t, 'tool%d' % t)


def f():
    return len('a')


for t in range(6):
    watch('PY_START', 'CALL', tool=t, ret=mon.DISABLE if t % 2 else None, only={'f'})
    if t < 3:
        mon.set_events(t, E.PY_START | E.CALL)
    else:
        mon.set_local_events(t, f.__code__, E.PY_START | E.CALL)
f()
flush('first call')
f()
flush('second call: odd tools disabled')
for t in range(6):
    mon.set_events(t, 0)
    mon.set_local_events(t, f.__code__, 0)
f()
flush('all off')
