# LINE disabled by tool 2's callback while it is the only tool, then tool 3 sets LINE on the
# same code: what each tool sees next (3.13.0 starts the per-line tool table from every LINE
# tool, so the second tool's arrival re-arms tool 2's disabled lines), then after a third
# change that does not touch LINE.
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


mon.use_tool_id(3, 'second')


def f():
    a = 1
    b = 2
    return a + b


watch('LINE', ret=mon.DISABLE)
watch('LINE', 'PY_START', tool=3)
mon.set_local_events(TOOL, f.__code__, E.LINE)
f()
flush('tool 2 alone, disabling')
f()
flush('tool 2 alone again')
mon.set_local_events(3, f.__code__, E.LINE)
f()
flush('tool 3 added')
f()
flush('again')
mon.set_local_events(3, f.__code__, E.LINE | E.PY_START)
f()
flush('tool 3 adds PY_START')
for t in (TOOL, 3):
    mon.set_local_events(t, f.__code__, 0)
