# close() of a suspended generator with and without a finally clause, a generator that
# yields from finally (RuntimeError), and one that returns a value on GeneratorExit:
# PY_THROW, PY_UNWIND, RAISE, RERAISE, PY_RETURN, PY_YIELD.
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


def plain():
    yield 1


def with_finally():
    try:
        yield 1
    finally:
        log.append('  (finally)')


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def returning():
    try:
        yield 1
    except GeneratorExit:
        return 'ret'


watch('PY_THROW', 'PY_UNWIND', 'RAISE', 'RERAISE', 'PY_RETURN', 'PY_YIELD', 'EXCEPTION_HANDLED',
      only={'plain', 'with_finally', 'stubborn', 'returning'})
mon.set_events(TOOL, E.PY_THROW | E.PY_UNWIND | E.RAISE | E.RERAISE | E.PY_RETURN | E.PY_YIELD | E.EXCEPTION_HANDLED)
out = []
keep = []  # the stubborn generator must not be finalized while events are on
for fn in (plain, with_finally, stubborn, returning):
    g = fn()
    keep.append(g)
    next(g)
    try:
        out.append(g.close())
    except RuntimeError as e:
        out.append(str(e))
mon.set_events(TOOL, 0)
print(out)
flush('events')
