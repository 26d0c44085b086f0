# STOP_ITERATION set globally while builtins exhaust generators (list, sum, next with a
# default, zip, dict), generators returning a value, and a generator exhausted by next():
# which of these report STOP_ITERATION, and where.
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


def g(n, value=None):
    for i in range(n):
        yield i
    return value


def run():
    out = [list(g(2)), sum(g(3, 'v')), next(g(0), 'default'), list(zip(g(1), g(2))), dict.fromkeys(g(1))]
    it = g(1, 'r')
    next(it)
    try:
        next(it)
    except StopIteration as e:
        out.append(e.value)
    return out


watch('STOP_ITERATION', 'PY_RETURN', 'RAISE', 'C_RAISE', only={'run', 'g'})
mon.set_events(TOOL, E.STOP_ITERATION | E.PY_RETURN | E.RAISE | E.CALL | E.C_RAISE | E.C_RETURN)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
