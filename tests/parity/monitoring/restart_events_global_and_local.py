# restart_events() re-arms sites disabled by global and by local callbacks, on codes that are
# not running and on a generator that is suspended.
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


def g():
    yield 1
    yield 2


def plain():
    return len('x')


watch('PY_RESUME', 'PY_YIELD', ret=mon.DISABLE, only={'g'})
watch('CALL', ret=mon.DISABLE, only={'plain'})
mon.set_events(TOOL, E.PY_RESUME | E.PY_YIELD)
mon.set_local_events(TOOL, plain.__code__, E.CALL)
it = g()
next(it)
plain()
flush('first')
plain()
it2 = g()
next(it2)
flush('disabled')
mon.restart_events()
next(it)
plain()
flush('after restart: suspended generator and plain')
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, plain.__code__, 0)
