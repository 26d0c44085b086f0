# Callbacks returning values other than None and DISABLE are ignored; DISABLE from
# callbacks of events that cannot be disabled (RAISE, PY_UNWIND, C_RETURN...) raises ValueError
# in 3.13.0; what the failing callback's exception does to the program.
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


def f():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return len('ab')


def ret(value):
    def callback(code, offset, *args):
        if code is f.__code__:
            log.append('%s -> %s' % (type(args[-1]).__name__ if args else '-', 'DISABLE' if value is mon.DISABLE else 'MISSING' if value is mon.MISSING else repr(value)))
            return value
    return callback


for value in (1, 'x', True, mon.MISSING):
    mon.register_callback(TOOL, E.RAISE, ret(value))
    mon.register_callback(TOOL, E.PY_START, ret(value))
    mon.set_events(TOOL, E.RAISE | E.PY_START)
    r = f()
    mon.set_events(TOOL, 0)
    flush('returning %s: %r' % ('MISSING' if value is mon.MISSING else repr(value), r))
for name in ('RAISE', 'EXCEPTION_HANDLED', 'C_RETURN'):
    event = getattr(E, name)
    mon.register_callback(TOOL, event, ret(mon.DISABLE))
    mon.set_events(TOOL, event | (E.CALL | E.C_RAISE | E.C_RETURN if name == 'C_RETURN' else 0))
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, event, None)
    flush('DISABLE from ' + name)
