# The same code running in several frames of a recursion when a callback of its deepest call
# turns LINE on and then off for that code: the frames above see the change when they resume.
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


def rec(n):
    if n:
        r = rec(n - 1)
        return r + 1
    return 0


def start_cb(code, offset):
    if code is rec.__code__:
        log.append('PY_START rec')
        if len(log) == 3:
            mon.set_local_events(TOOL, rec.__code__, E.LINE | E.PY_START | E.PY_RETURN)


def return_cb(code, offset, value):
    if code is rec.__code__:
        log.append('PY_RETURN rec %r' % value)
        if value == 1:
            mon.set_local_events(TOOL, rec.__code__, E.PY_RETURN)


mon.register_callback(TOOL, E.PY_START, start_cb)
mon.register_callback(TOOL, E.PY_RETURN, return_cb)
mon.register_callback(TOOL, E.LINE, recorder('LINE'))
mon.set_local_events(TOOL, rec.__code__, E.PY_START)
print(rec(4))
flush('events')
mon.set_local_events(TOOL, rec.__code__, 0)
