# Async generators driven by hand: asend/athrow/aclose awaitables stepped with send(), an
# async for inside a coroutine; PY_START/PY_YIELD/PY_RESUME/PY_RETURN/PY_THROW/RAISE events.
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


class Ticket:
    def __await__(self):
        return (yield 'tick')


async def agen():
    try:
        x = yield 1
        await Ticket()
        yield x
    except ValueError:
        yield 'handled'


async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out


def drive(aw, *sends):
    res = []
    try:
        res.append(aw.send(None))
        for s in sends:
            res.append(aw.send(s))
    except StopIteration as e:
        res.append(('stop', e.value))
    except StopAsyncIteration:
        res.append('stop-async')
    return res


watch('PY_START', 'PY_YIELD', 'PY_RESUME', 'PY_RETURN', 'PY_THROW', 'RAISE', 'EXCEPTION_HANDLED')
mon.set_events(TOOL, E.PY_START | E.PY_YIELD | E.PY_RESUME | E.PY_RETURN | E.PY_THROW | E.RAISE | E.EXCEPTION_HANDLED)
ag = agen()
r1 = drive(ag.asend(None))
r2 = drive(ag.asend('x'), 'after-tick')
r3 = drive(ag.athrow(ValueError('v')))
r4 = drive(ag.aclose())
r5 = drive(consume(), 't1')
mon.set_events(TOOL, 0)
print(r1, r2, r3, r4, r5)
flush('events')
