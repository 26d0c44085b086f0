# CALL_KW sites (keyword arguments) for Python functions, builtins, methods and classes,
# with CALL, C_RETURN, C_RAISE and PY_START; a builtin rejecting a keyword raises C_RAISE.
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


class K:
    def __init__(self, a, *, b=0):
        self.s = a + b


def f(a, b=1, *, c=2):
    return a + b + c


def run():
    out = [f(1, c=3), f(a=1, b=2), K(1, b=2).s, sorted([2, 1], reverse=True),
           int('10', base=2), 'a b'.split(maxsplit=1), dict(a=1)]
    try:
        len([], x=1)
    except TypeError as e:
        out.append(str(e))
    return out


watch('CALL', 'C_RETURN', 'C_RAISE', 'PY_START', only={'run', 'f', '__init__'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
