# A key function that raises inside sorted(), map() consumed by list(), and min(): RAISE
# and PY_UNWIND in the lambda, C_RAISE for the builtin, RAISE in the caller, then handled.
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


def run():
    out = []
    try:
        sorted([1, 0], key=lambda v: 1 / v)
    except ZeroDivisionError:
        out.append('sorted')
    try:
        list(map(lambda v: [][v], [0]))
    except IndexError:
        out.append('map')
    try:
        min([1, 2], key=lambda v: {}[v])
    except KeyError:
        out.append('min')
    return out


watch('RAISE', 'PY_UNWIND', 'C_RAISE', 'EXCEPTION_HANDLED', 'CALL', only={'run', '<lambda>'})
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.C_RAISE | E.EXCEPTION_HANDLED | E.CALL | E.C_RETURN)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
