# with blocks: __enter__/__exit__ PY_START/PY_RETURN, CALL events, LINE, RAISE,
# EXCEPTION_HANDLED and RERAISE when __exit__ suppresses or lets the exception through.
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


class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return self.suppress


def body(suppress, fail):
    with CM(suppress) as cm:
        if fail:
            raise KeyError('k')
        x = 1
    return 'end'


watch('PY_START', 'PY_RETURN', 'RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'LINE', 'CALL', only={'body', '__enter__', '__exit__'})
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.LINE | E.CALL)
res = [body(False, False), body(True, True)]
try:
    body(False, True)
except KeyError:
    res.append('escaped')
mon.set_events(TOOL, 0)
print(res)
flush('events')
