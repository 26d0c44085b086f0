# get_events and get_local_events report exactly what was set, as integers, through
# combinations, overwrites, and the events of one tool not leaking into another's.
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


mon.use_tool_id(3, 'other')


def f():
    pass


sets = [E.PY_START, E.PY_START | E.LINE, E.BRANCH | E.JUMP | E.INSTRUCTION, E.CALL | E.C_RETURN | E.C_RAISE,
        E.RAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.PY_THROW | E.RERAISE, E.STOP_ITERATION, 0]
for s in sets:
    try:
        mon.set_events(TOOL, s)
        g = mon.get_events(TOOL)
    except ValueError as e:
        g = 'ValueError: %s' % e
    try:
        mon.set_local_events(TOOL, f.__code__, s)
        l = mon.get_local_events(TOOL, f.__code__)
    except ValueError as e:
        l = 'ValueError: %s' % e
    print(s, g, l, mon.get_events(3), mon.get_local_events(3, f.__code__))
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, f.__code__, 0)
