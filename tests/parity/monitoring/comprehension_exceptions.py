# Exceptions inside inlined comprehensions: raised by the element expression and caught
# outside, caught inside a function called from it, and a generator expression's failure;
# RAISE/EXCEPTION_HANDLED/PY_UNWIND offsets in the enclosing function.
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


def bad(x):
    if x == 2:
        raise ValueError(x)
    return x


def safe(x):
    try:
        return bad(x)
    except ValueError:
        return -1


def run():
    out = []
    try:
        out.append([bad(x) for x in range(3)])
    except ValueError as e:
        out.append('list %s' % e)
    out.append({safe(x) for x in range(3)})
    try:
        out.append(sum(bad(x) for x in range(3)))
    except ValueError as e:
        out.append('gen %s' % e)
    try:
        out.append({x: 1 / x for x in (1, 0)})
    except ZeroDivisionError:
        out.append('dict')
    return out


watch('RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', only={'run', 'bad', 'safe', '<genexpr>'})
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
