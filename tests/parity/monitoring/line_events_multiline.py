# LINE events for statements spanning lines, several statements on one line, loops on one
# line, a decorator line, a call with arguments on separate lines, and a return in a loop.
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


def fn(n):
    a = (1 +
         2)
    b = 1; c = 2
    for i in range(n): a += i
    d = max(
        a,
        b,
    )
    while True:
        if d:
            return d + c
        d += 1


mon.register_callback(TOOL, E.LINE, recorder('LINE'))
mon.set_local_events(TOOL, fn.__code__, E.LINE)
print(fn(3))
flush('lines')
mon.set_local_events(TOOL, fn.__code__, 0)
