# try/except/else/finally: LINE (relative lines), BRANCH, JUMP, RAISE, RERAISE,
# EXCEPTION_HANDLED for no exception, a caught one, an uncaught one through finally, and a
# return inside finally's try.
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


def f(mode):
    try:
        if mode == 1:
            raise ValueError(mode)
        if mode == 2:
            raise TypeError(mode)
        x = 'ok'
    except ValueError:
        x = 'value'
    else:
        x += '!'
    finally:
        y = 'fin'
    return x + y


def g():
    try:
        return 'try'
    finally:
        print('finally runs')


watch('LINE', 'BRANCH', 'JUMP', 'RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', only={'f', 'g'})
mon.set_events(TOOL, E.LINE | E.BRANCH | E.JUMP | E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND)
out = [f(0), f(1)]
try:
    f(2)
except TypeError as e:
    out.append(repr(e))
out.append(g())
mon.set_events(TOOL, 0)
print(out)
flush('events')
