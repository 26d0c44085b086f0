# yield from: PY_YIELD/PY_RESUME in both frames, STOP_ITERATION when the inner generator
# returns into the outer one, send and throw passed through, BRANCH/JUMP of the SEND loop.
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


def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print('inner got', got)
    return 'inner-done'


def outer():
    r = yield from inner(2)
    try:
        yield from inner(3)
    except ZeroDivisionError:
        yield 'caught'
    return r


watch('PY_START', 'PY_YIELD', 'PY_RESUME', 'PY_RETURN', 'PY_THROW', 'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED')
mon.set_events(TOOL, E.PY_START | E.PY_YIELD | E.PY_RESUME | E.PY_RETURN | E.PY_THROW |
               E.STOP_ITERATION | E.RAISE | E.EXCEPTION_HANDLED)
g = outer()
out = [next(g), g.send('s'), next(g), next(g), g.throw(ZeroDivisionError)]
try:
    next(g)
except StopIteration as e:
    out.append(e.value)
mon.set_events(TOOL, 0)
print(out)
flush('events')
