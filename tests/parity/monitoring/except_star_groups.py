# except* with exception groups: RAISE, RERAISE, EXCEPTION_HANDLED and BRANCH events for a
# group split between two handlers, a partly unhandled group, and a naked exception.
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


def split(eg):
    got = []
    try:
        raise eg
    except* ValueError as g:
        got.append(len(g.exceptions))
    except* TypeError:
        got.append('t')
    return got


def run():
    out = [split(ExceptionGroup('g', [ValueError(1), TypeError(2), ValueError(3)]))]
    try:
        split(ExceptionGroup('h', [KeyError(1), ValueError(2)]))
    except ExceptionGroup as e:
        out.append([type(x).__name__ for x in e.exceptions])
    out.append(split(ValueError('naked')))
    return out


watch('RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', only={'split', 'run'})
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
