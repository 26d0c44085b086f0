# set_local_events on a generator's code while a generator of it is suspended: the new
# events apply when it resumes; clearing them mid-iteration stops them at the next resume.
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


def counter():
    n = 0
    while True:
        n += 1
        got = yield n
        if got == 'stop':
            return n


watch('LINE', 'PY_RESUME', 'PY_YIELD', 'PY_RETURN')
g = counter()
out = [next(g)]
mon.set_local_events(TOOL, counter.__code__, E.LINE | E.PY_RESUME | E.PY_YIELD)
out.append(next(g))
flush('enabled while suspended')
mon.set_local_events(TOOL, counter.__code__, E.PY_RETURN)
out.append(next(g))
try:
    g.send('stop')
except StopIteration as e:
    out.append(e.value)
flush('switched to PY_RETURN')
mon.set_local_events(TOOL, counter.__code__, 0)
print(out)
