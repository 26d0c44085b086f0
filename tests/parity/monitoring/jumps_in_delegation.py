# JUMP and BRANCH events in code that delegates (yield from, await): the SEND loop's
# backward jump, the loops around it, and the is None / is not None branches.
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


def inner():
    yield 1
    yield 2


def outer(x):
    if x is None:
        x = 0
    while x is not None and x < 1:
        yield from inner()
        x += 1


class Step:
    def __await__(self):
        yield 's'
        yield 't'


async def co():
    await Step()
    return 'done'


watch('JUMP', 'BRANCH', only={'outer', 'inner', 'co', '__await__'})
mon.set_events(TOOL, E.JUMP | E.BRANCH)
out = list(outer(None))
c = co()
out += [c.send(None), c.send(None)]
try:
    c.send(None)
except StopIteration as e:
    out.append(e.value)
mon.set_events(TOOL, 0)
print(out)
flush('events')
