# Exceptions coming out of yield from / await: from a generator and a coroutine (run inline by
# SEND), from an iterator class and an awaitable class (called from SEND), and a generator
# already running; RAISE offsets in every frame, PY_UNWIND, EXCEPTION_HANDLED.
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


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError('it')


class Aw:
    def __await__(self):
        return It()


def bad_gen():
    yield 1
    raise ValueError('gen')


def deleg(src):
    try:
        yield from src
    except (ValueError, KeyError) as e:
        return repr(e)


async def bad_co():
    raise TypeError('co')


async def awaiting(src):
    try:
        await src
    except (TypeError, KeyError) as e:
        return repr(e)


def drive(g):
    try:
        while True:
            g.send(None)
    except StopIteration as e:
        return e.value


def reenter():
    yield from me


watch('RAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'RERAISE')
mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.RERAISE)
out = [drive(deleg(bad_gen())), drive(deleg(It())), drive(awaiting(bad_co())), drive(awaiting(Aw()))]
me = reenter()
try:
    next(me)
except ValueError as e:
    out.append(str(e))
mon.set_events(TOOL, 0)
print(out)
flush('events')
