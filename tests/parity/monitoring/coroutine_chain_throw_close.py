# throw() and close() on a coroutine suspended three awaits deep: PY_THROW in each frame,
# RAISE/PY_UNWIND/EXCEPTION_HANDLED as the exception travels, a handler in the middle that
# awaits again, and close() running finally blocks.
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


class Wait:
    def __await__(self):
        return (yield 'wait')


async def bottom():
    try:
        return await Wait()
    finally:
        log.append('  bottom finally')


async def middle():
    try:
        return await bottom()
    except KeyError:
        return await Wait()


async def top():
    return await middle()


watch('PY_THROW', 'RAISE', 'RERAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'PY_YIELD', 'PY_RESUME',
      only={'bottom', 'middle', 'top', '__await__'})
mon.set_events(TOOL, E.PY_THROW | E.RAISE | E.RERAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.PY_YIELD | E.PY_RESUME)
c = top()
out = [c.send(None), c.throw(KeyError('k'))]
try:
    c.send('v')
except StopIteration as e:
    out.append(e.value)
c2 = top()
c2.send(None)
c2.close()
mon.set_events(TOOL, 0)
print(out)
flush('events')
