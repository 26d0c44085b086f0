# STOP_ITERATION as a local event with DISABLE, from yield from and from await on a
# coroutine returning a value; re-armed by restart_events().
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


def inner(v):
    yield v
    return v * 10


def relay(v):
    r = yield from inner(v)
    return r


async def co(v):
    return v + 1


async def awaiter(v):
    a = await co(v)
    b = await co(a)
    return b


def run_gen(v):
    g = relay(v)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value


def run_co(v):
    try:
        awaiter(v).send(None)
    except StopIteration as e:
        return e.value


mon.register_callback(TOOL, E.STOP_ITERATION, recorder('STOP_ITERATION', ret=mon.DISABLE))
for code in (relay.__code__, awaiter.__code__, inner.__code__, co.__code__):
    mon.set_local_events(TOOL, code, E.STOP_ITERATION)
print(run_gen(1), run_co(1))
flush('first')
print(run_gen(2), run_co(2))
flush('second')
mon.restart_events()
print(run_gen(3), run_co(3))
flush('restarted')
for code in (relay.__code__, awaiter.__code__, inner.__code__, co.__code__):
    mon.set_local_events(TOOL, code, 0)
