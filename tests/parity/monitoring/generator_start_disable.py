# PY_START and PY_RESUME with DISABLE on generator, coroutine and async generator codes
# (global events): PY_START fires at the first next()/send(), not at creation.
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


def gen():
    yield 1
    yield 2


async def co():
    return 1


async def agen():
    yield 1


def run():
    g = gen()
    log.append('  created')
    a = next(g), next(g)
    c = co()
    log.append('  coroutine created')
    try:
        c.send(None)
    except StopIteration:
        pass
    ag = agen()
    try:
        ag.asend(None).send(None)
    except StopIteration as e:
        b = e.value
    return a, b


watch('PY_START', 'PY_RESUME', ret=mon.DISABLE, only={'gen', 'co', 'agen'})
mon.set_events(TOOL, E.PY_START | E.PY_RESUME)
r1 = run()
flush('first run')
r2 = run()
flush('second run')
mon.restart_events()
r3 = run()
mon.set_events(TOOL, 0)
print(r1, r2, r3)
flush('restarted')
