# Two tools on the same local events (LINE, BRANCH, CALL, PY_START): tool 2's callbacks
# return DISABLE, tool 3's do not; tool 3 keeps receiving everything, tool 2 once per site.
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


mon.use_tool_id(3, 'keeper')


def f(n):
    if n:
        len('a')
    return n


watch('LINE', 'BRANCH', 'CALL', 'PY_START', ret=mon.DISABLE)
watch('LINE', 'BRANCH', 'CALL', 'PY_START', tool=3)
for tool in (TOOL, 3):
    mon.set_local_events(tool, f.__code__, E.LINE | E.BRANCH | E.CALL | E.PY_START)
f(1)
flush('first')
f(0)
flush('second')
mon.set_local_events(3, f.__code__, 0)
f(1)
flush('tool 3 off')
mon.restart_events()
f(1)
flush('restarted')
mon.set_local_events(TOOL, f.__code__, 0)
