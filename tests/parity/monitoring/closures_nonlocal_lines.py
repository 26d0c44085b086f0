# Closures with nonlocal and cells: LINE (relative) and PY_START/PY_RETURN of the outer and
# inner codes, a counter closure called three times with DISABLE on the inner LINE.
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


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


bump = make_counter()
watch('PY_START', 'PY_RETURN', only={'make_counter'})
mon.register_callback(TOOL, E.LINE, recorder('LINE', ret=mon.DISABLE))
mon.set_local_events(TOOL, bump.__code__, E.LINE)
mon.set_local_events(TOOL, make_counter.__code__, E.PY_START | E.PY_RETURN | E.LINE)
out = [bump(), bump(2), bump()]
bump2 = make_counter()
out.append(bump2(5))
for code in (bump.__code__, make_counter.__code__):
    mon.set_local_events(TOOL, code, 0)
print(out)
flush('events')
