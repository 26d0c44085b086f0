# DISABLE from callbacks of global events (LINE, PY_START, CALL, JUMP) disables the sites for
# every code; restart_events() re-arms them; another tool's events are not disabled.
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


def a():
    x = 1
    return x


def b():
    for i in range(2):
        a()
    return 'b'


watch('PY_START', 'CALL', 'JUMP', 'LINE', ret=mon.DISABLE, only={'a', 'b'})
watch('PY_START', tool=3, only={'a', 'b'})
mon.set_events(TOOL, E.PY_START | E.CALL | E.JUMP | E.LINE)
mon.set_events(3, E.PY_START)
b()
flush('first b()')
b()
flush('second b()')
mon.restart_events()
a()
flush('after restart_events: a()')
mon.set_events(TOOL, 0)
mon.set_events(3, 0)
