# Comprehensions are inlined in 3.13: list/set/dict comprehensions report their events in
# the enclosing function's code (no PY_START of their own); a generator expression does not.
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


def comp(xs):
    a = [x * 2 for x in xs if x]
    b = {x % 2 for x in xs}
    c = {x: str(x) for x in xs}
    d = [[y for y in range(x)] for x in xs]
    e = list(x for x in xs)
    return a, b, c, d, e


watch('PY_START', 'PY_RETURN', 'BRANCH', 'JUMP', 'CALL')
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.BRANCH | E.JUMP | E.CALL)
r = comp([0, 2])
mon.set_events(TOOL, 0)
print(r)
flush('events')
