# Inside callbacks, sys._getframe(1) is the monitored frame: its code, f_lineno (relative)
# and f_lasti for LINE, CALL, PY_START, PY_RETURN, RAISE and INSTRUCTION.
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


def target(x):
    y = x + 1
    try:
        raise ValueError(y)
    except ValueError:
        pass
    return abs(y)


def frame_cb(name):
    def callback(code, *args):
        if code is target.__code__:
            fr = sys._getframe(1)
            log.append('%s %s line %d lasti %d' % (name, fr.f_code.co_name,
                       fr.f_lineno - code.co_firstlineno, fr.f_lasti))
    return callback


for name in ('LINE', 'CALL', 'PY_START', 'PY_RETURN', 'RAISE', 'C_RETURN'):
    mon.register_callback(TOOL, getattr(E, name), frame_cb(name))
mon.set_local_events(TOOL, target.__code__, E.LINE | E.CALL | E.PY_START | E.PY_RETURN)
mon.set_events(TOOL, E.RAISE | E.C_RETURN | E.C_RAISE | E.CALL)
r = target(1)
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, target.__code__, 0)
print(r)
flush('events')
