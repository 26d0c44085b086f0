# A callback of one tool changes another tool's events (global and local) while events are
# being delivered; the change takes effect from the next instruction or call.
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


mon.use_tool_id(3, 'other')


def work():
    a = 1
    b = 2
    c = a + b
    return c


def helper():
    return 'h'


def line_cb(code, line):
    if code is work.__code__:
        rel = line - code.co_firstlineno
        log.append('2 LINE work %d' % rel)
        if rel == 2:
            mon.set_local_events(3, work.__code__, E.LINE)
        elif rel == 3:
            mon.set_events(3, E.PY_START | E.PY_RETURN)
        elif rel == 4:
            mon.set_local_events(3, work.__code__, 0)


watch('LINE', 'PY_START', 'PY_RETURN', tool=3)
mon.register_callback(TOOL, E.LINE, line_cb)
mon.set_local_events(TOOL, work.__code__, E.LINE)
r1 = work()
r2 = helper()
mon.set_events(3, 0)
print(r1, r2)
flush('first run')
r1 = work()
mon.set_events(3, 0)
flush('second run')
mon.set_local_events(TOOL, work.__code__, 0)
mon.set_local_events(3, work.__code__, 0)
