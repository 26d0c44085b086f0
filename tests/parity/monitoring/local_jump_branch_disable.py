# JUMP and BRANCH as local events whose callbacks return DISABLE: each source offset is
# reported once per restart; a while loop, a for loop, if/else and a conditional expression.
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


def loops(n):
    out = []
    i = 0
    while i < n:
        if i % 2 == 0:
            out.append(i)
        else:
            out.append(-i)
        i += 1
    for c in 'xy':
        out.append(c if n > 1 else None)
    return out


mon.register_callback(TOOL, E.JUMP, recorder('JUMP', ret=mon.DISABLE))
mon.register_callback(TOOL, E.BRANCH, recorder('BRANCH', ret=mon.DISABLE))
mon.set_local_events(TOOL, loops.__code__, E.JUMP | E.BRANCH)
print(loops(3))
flush('first call')
print(loops(4))
flush('second call')
print(loops(0))
flush('n = 0')
mon.restart_events()
print(loops(1))
flush('after restart_events')
mon.set_local_events(TOOL, loops.__code__, E.BRANCH)
mon.restart_events()
print(loops(2))
flush('BRANCH only')
mon.set_local_events(TOOL, loops.__code__, 0)
