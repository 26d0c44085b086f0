# Coroutines: an await chain driven by send() down to a custom awaitable that yields,
# throw() into the chain, close(); PY_START/PY_YIELD/PY_RESUME/PY_RETURN/PY_THROW/PY_UNWIND.
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
        got = yield 'tick'
        return got


async def leaf(x):
    v = await Ticket()
    return x + v


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b


async def top():
    try:
        return await middle(1)
    except RuntimeError as e:
        return 'rt:' + str(e)


watch('PY_START', 'PY_YIELD', 'PY_RESUME', 'PY_RETURN', 'PY_THROW', 'PY_UNWIND', 'STOP_ITERATION')
mon.set_events(TOOL, E.PY_START | E.PY_YIELD | E.PY_RESUME | E.PY_RETURN | E.PY_THROW | E.PY_UNWIND | E.STOP_ITERATION)
c = top()
out = [c.send(None), c.send(10)]
try:
    c.send(100)
except StopIteration as e:
    out.append(e.value)
c = top()
out.append(c.send(None))
try:
    c.throw(RuntimeError('boom'))
except StopIteration as e:
    out.append(e.value)
c = top()
c.send(None)
c.close()
mon.set_events(TOOL, 0)
print(out)
flush('events')
