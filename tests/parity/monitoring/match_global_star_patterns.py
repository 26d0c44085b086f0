# match with star patterns, nested sequences, value patterns and mapping rest under global
# LINE, BRANCH and JUMP events.
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


class Color:
    RED = 'r'


def m(v):
    match v:
        case [1, *rest]:
            return len(rest)
        case [[a], b, *_]:
            return a + b
        case Color.RED:
            return 'red'
        case {'a': 1, **kw}:
            return sorted(kw)
        case (str() | bytes()) as s:
            return s
    return None


watch('LINE', 'BRANCH', 'JUMP', only={'m'})
mon.set_events(TOOL, E.LINE | E.BRANCH | E.JUMP)
out = []
for v in ([1, 2, 3], [[2], 3, 4], 'r', {'a': 1, 'z': 2}, b'x', 5):
    out.append(m(v))
    flush(repr(v))
mon.set_events(TOOL, 0)
print(out)
