# PY_YIELD, PY_RESUME, PY_START and PY_RETURN as global events in an await chain, the
# callbacks returning DISABLE: only the first of each site across two runs of the chain.
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


class Step:
    def __await__(self):
        yield 'step'


async def leaf():
    await Step()
    return 1


async def root():
    a = await leaf()
    b = await leaf()
    return a + b


def run():
    c = root()
    n = 0
    try:
        while True:
            c.send(None)
            n += 1
    except StopIteration as e:
        return n, e.value


watch('PY_YIELD', 'PY_RESUME', 'PY_START', 'PY_RETURN', ret=mon.DISABLE, only={'leaf', 'root', '__await__'})
mon.set_events(TOOL, E.PY_YIELD | E.PY_RESUME | E.PY_START | E.PY_RETURN)
r1 = run()
flush('first run')
r2 = run()
mon.set_events(TOOL, 0)
print(r1, r2)
flush('second run')
