# A failing assert (RAISE at the assertion), an assert with a message computed by a call, and
# an __exit__ that raises a new exception while handling another: RAISE, RERAISE,
# EXCEPTION_HANDLED, PY_UNWIND, CALL of AssertionError.
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


class Bad:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise RuntimeError('from exit')


def msg():
    return 'computed'


def checks(n):
    out = []
    try:
        assert n > 5
    except AssertionError as e:
        out.append(repr(e))
    try:
        assert n > 5, msg()
    except AssertionError as e:
        out.append(repr(e))
    try:
        with Bad():
            raise KeyError('inner')
    except RuntimeError as e:
        out.append(repr(e.__context__))
    return out


watch('RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'CALL', only={'checks', '__exit__', 'msg'})
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.CALL)
r = checks(1)
mon.set_events(TOOL, 0)
print(r)
flush('events')
