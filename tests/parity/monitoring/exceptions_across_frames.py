# An exception raised three frames down and caught at the top: RAISE in each frame it
# passes (offsets), PY_UNWIND for each frame it leaves, EXCEPTION_HANDLED where it is caught,
# then a re-raise with bare raise and raise ... from.
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


def level3(x):
    return 1 / x


def level2(x):
    y = level3(x)
    return y


def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e


def top():
    try:
        level1(0)
    except ValueError:
        try:
            raise
        except ValueError as e:
            return str(e)


watch('RAISE', 'RERAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'C_RAISE')
mon.set_events(TOOL, E.RAISE | E.RERAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.CALL | E.C_RAISE | E.C_RETURN)
r = top()
mon.set_events(TOOL, 0)
print(r)
flush('events')
