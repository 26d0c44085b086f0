# async with, async comprehensions and await inside comprehensions, driven by send(None):
# PY_START/PY_RETURN/PY_YIELD/PY_RESUME/CALL of __aenter__, __aexit__, __anext__.
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


class ACM:
    async def __aenter__(self):
        return 'entered'

    async def __aexit__(self, *exc):
        return False


class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def val(x):
    return x * 3


async def main():
    async with ACM() as v:
        r = [v]
    r.append([x async for x in ARange(2)])
    r.append([await val(x) for x in (1, 2)])
    return r


watch('PY_START', 'PY_RETURN', 'PY_YIELD', 'PY_RESUME', 'RAISE', 'EXCEPTION_HANDLED', 'STOP_ITERATION')
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME | E.RAISE | E.EXCEPTION_HANDLED | E.STOP_ITERATION)
try:
    main().send(None)
except StopIteration as e:
    result = e.value
mon.set_events(TOOL, 0)
print(result)
flush('events')
