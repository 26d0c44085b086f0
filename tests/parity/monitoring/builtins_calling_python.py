# Builtins that call Python code (map, filter, sorted with key, min with key, list.sort,
# max with default and key): PY_START/PY_RETURN of the callees between the
# builtin's CALL and its C_RETURN.
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


def double(x):
    return x * 2


def odd(x):
    return x % 2


def run():
    a = list(map(double, [1, 2]))
    b = list(filter(odd, [1, 2, 3]))
    c = sorted([3, 1, 2], key=lambda v: -v)
    d = min([4, 5], key=double)
    e = max([], key=double, default=-1) + max(1, 3, key=lambda v: v)
    g = [2, 1]
    g.sort(key=odd)
    return a, b, c, d, e, g


watch('CALL', 'C_RETURN', 'PY_START', 'PY_RETURN')
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START | E.PY_RETURN)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
