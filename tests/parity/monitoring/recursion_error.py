# RecursionError: PY_START for each level is not printed (too many); RAISE and PY_UNWIND are
# counted per code, EXCEPTION_HANDLED where it is caught, with a low recursion limit.
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


counts = {}


def counter(event):
    def callback(code, offset, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        key = (event, code.co_name, offset) + tuple(type(a).__name__ for a in args)
        counts[key] = counts.get(key, 0) + 1
    return callback


def down(n):
    return down(n + 1)


def catch():
    try:
        down(0)
    except RecursionError:
        return 'caught'


for name in ('RAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED'):
    mon.register_callback(TOOL, getattr(E, name), counter(name))
sys.setrecursionlimit(200)
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED)
r = catch()
mon.set_events(TOOL, 0)
sys.setrecursionlimit(1000)
print(r)
for key, n in sorted(counts.items()):
    print(key[:3], key[3:], n)
