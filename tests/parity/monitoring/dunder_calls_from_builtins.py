# Builtins and operators calling Python special methods: sorted with __lt__, str() with
# __str__, repr() of a list with __repr__, hash(), bool(), iter()/next() via list(), in with
# __contains__, += with __iadd__; CALL/C_RETURN at the call sites and PY_START of the methods.
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


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __str__(self):
        return 's%d' % self.v

    def __repr__(self):
        return 'V(%d)' % self.v

    def __hash__(self):
        return self.v

    def __bool__(self):
        return self.v > 0

    def __contains__(self, x):
        return x == self.v

    def __iadd__(self, other):
        self.v += other
        return self


def run():
    a, b = V(2), V(1)
    s = sorted([a, b])
    t = str(a), repr([b]), hash(a), bool(b)
    c = 2 in a
    a += 5
    return s, t, c, a


watch('CALL', 'C_RETURN', 'PY_START', only={'run', '__lt__', '__str__', '__repr__', '__hash__', '__bool__', '__contains__', '__iadd__'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
