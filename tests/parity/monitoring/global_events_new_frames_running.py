# set_events from inside a running function (not a callback): the running frame and the
# frames below it on the stack see the new events from their next instruction; a function
# called afterwards sees them from its start.
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


def leaf():
    return 1


def middle():
    mon.set_events(TOOL, E.LINE | E.PY_RETURN | E.CALL)
    x = leaf()
    return x + 1


def top():
    y = middle()
    z = y * 2
    return z


watch('LINE', 'PY_RETURN', 'CALL', only={'leaf', 'middle', 'top'})
r = top()
mon.set_events(TOOL, 0)
print(r)
flush('events')
