# Awaits inside try/except/finally in a coroutine, driven by send() and throw(): LINE,
# PY_YIELD, PY_RESUME, PY_THROW, EXCEPTION_HANDLED as local and global events.
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


class Pause:
    def __await__(self):
        return (yield 'paused')


async def work():
    try:
        a = await Pause()
    except LookupError:
        a = 'recovered'
    finally:
        b = await Pause()
    return a, b


watch('LINE', 'PY_YIELD', 'PY_RESUME', only={'work'})
watch('PY_THROW', 'EXCEPTION_HANDLED', 'RAISE', only={'work', '__await__'})
mon.set_local_events(TOOL, work.__code__, E.LINE | E.PY_YIELD | E.PY_RESUME)
mon.set_events(TOOL, E.PY_THROW | E.EXCEPTION_HANDLED | E.RAISE)
c = work()
out = [c.send(None), c.throw(KeyError('k'))]
try:
    c.send('second')
except StopIteration as e:
    out.append(e.value)
mon.set_events(TOOL, 0)
mon.set_local_events(TOOL, work.__code__, 0)
print(out)
flush('events')
