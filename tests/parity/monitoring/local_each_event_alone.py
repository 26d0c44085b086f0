# Each local event set alone with set_local_events on one function (the callee and the caller
# not instrumented): PY_START, PY_RETURN, CALL, LINE, JUMP, BRANCH, INSTRUCTION,
# then PY_YIELD, PY_RESUME and STOP_ITERATION on a generator used with yield from.
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


def helper(x):
    return x


def work(n):
    t = 0
    while n:
        t += helper(n)
        n -= 1
    return t


def gen():
    yield 1
    return 'r'


def relay():
    return (yield from gen())


for name in ('PY_START', 'PY_RETURN', 'CALL', 'LINE', 'JUMP', 'BRANCH', 'INSTRUCTION'):
    mon.register_callback(TOOL, getattr(E, name), recorder(name))
    mon.set_local_events(TOOL, work.__code__, getattr(E, name))
    r = work(2)
    mon.set_local_events(TOOL, work.__code__, 0)
    flush(name + ' ' + str(r))
for name in ('PY_YIELD', 'PY_RESUME', 'STOP_ITERATION'):
    mon.register_callback(TOOL, getattr(E, name), recorder(name))
    for code in (gen.__code__, relay.__code__):
        mon.set_local_events(TOOL, code, getattr(E, name))
    g = relay()
    out = [next(g)]
    try:
        next(g)
    except StopIteration as e:
        out.append(e.value)
    for code in (gen.__code__, relay.__code__):
        mon.set_local_events(TOOL, code, 0)
    flush(name + ' ' + str(out))
