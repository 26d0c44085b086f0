# An async generator consumed by hand through an async for in a coroutine, then athrow()
# caught and re-yielding, aclose() with a finally that awaits: PY_THROW, PY_YIELD,
# PY_RESUME, PY_UNWIND, RAISE, EXCEPTION_HANDLED.
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


class Tick:
    def __await__(self):
        return (yield 'tick')


async def agen():
    try:
        yield 1
        try:
            yield 2
        except ValueError:
            yield 'recovered'
    finally:
        await Tick()
        log.append('  agen finally')


def step(aw, value=None):
    try:
        return ('yielded', aw.send(value))
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return ('stop-async',)
    except BaseException as e:
        return ('raised', type(e).__name__)


watch('PY_THROW', 'PY_YIELD', 'PY_RESUME', 'PY_UNWIND', 'RAISE', 'EXCEPTION_HANDLED', 'RERAISE', only={'agen', '__await__'})
mon.set_events(TOOL, E.PY_THROW | E.PY_YIELD | E.PY_RESUME | E.PY_UNWIND | E.RAISE | E.EXCEPTION_HANDLED | E.RERAISE)
ag = agen()
out = [step(ag.asend(None)), step(ag.asend(None)), step(ag.athrow(ValueError('v')))]
closing = ag.aclose()
out += [step(closing), step(closing)]
mon.set_events(TOOL, 0)
print(out)
flush('events')
