# Binary and comparison operators dispatching to Python methods (__add__, __radd__, __lt__
# reflected as __gt__, __eq__ returning NotImplemented, __neg__, __bool__ in if): PY_START
# and PY_RETURN of each, with BRANCH for the if.
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


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NotImplemented if isinstance(o, str) else N(self.v + o)

    def __radd__(self, o):
        return N(o + self.v)

    def __gt__(self, o):
        return self.v > o

    def __eq__(self, o):
        return NotImplemented

    def __neg__(self):
        return N(-self.v)

    def __bool__(self):
        return self.v != 0


def run(n):
    out = [(n + 1).v, (1 + n).v, 0 < n, n == 3, (-n).v]
    if n:
        out.append('true')
    return out


watch('PY_START', 'PY_RETURN', 'BRANCH', only={'run', '__add__', '__radd__', '__gt__', '__eq__', '__neg__', '__bool__'})
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.BRANCH)
r = run(N(2))
mon.set_events(TOOL, 0)
print(r)
flush('events')
