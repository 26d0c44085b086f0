# Generator expressions consumed by builtins (sum, list, any, tuple) and by next(): PY_START,
# PY_YIELD, PY_RESUME, PY_RETURN of <genexpr> and the CALLs that create and consume them.
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


def run(xs):
    a = sum(x * x for x in xs)
    b = list(x for x in xs if x % 2)
    c = any(x > 1 for x in xs)
    g = (x + 1 for x in xs)
    d = next(g)
    e = tuple(g)
    return a, b, c, d, e


watch('PY_START', 'PY_YIELD', 'PY_RESUME', 'PY_RETURN', 'CALL', 'C_RETURN')
mon.set_events(TOOL, E.PY_START | E.PY_YIELD | E.PY_RESUME | E.PY_RETURN | E.CALL | E.C_RETURN | E.C_RAISE)
r = run([1, 2, 3])
mon.set_events(TOOL, 0)
print(r)
flush('events')
