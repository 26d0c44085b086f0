# async code under two tools at once: one global (PY_START, PY_RESUME, PY_YIELD, PY_RETURN,
# STOP_ITERATION, RAISE), one with local LINE and BRANCH on a single coroutine; await chains,
# async for over an async generator, async with, and an exception through awaits; driven by
# hand (no event loop).
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


mon.use_tool_id(0, 'global')
mon.use_tool_id(1, 'local')
watch(0, 'PY_START', 'PY_RESUME', 'PY_YIELD', 'PY_RETURN', 'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED',
      'PY_UNWIND')
watch(1, 'LINE', 'BRANCH')


class Suspend:
    def __await__(self):
        return (yield 'tick')


async def leaf(x):
    got = await Suspend()
    if got is None:
        raise LookupError(x)
    return x + got


async def middle(x):
    try:
        return await leaf(x)
    except LookupError:
        return -x


async def ticker(n):
    for i in range(n):
        await Suspend()
        yield i


class Guard:
    async def __aenter__(self):
        await Suspend()
        return 'guard'

    async def __aexit__(self, *exc):
        return False


async def top():
    total = 0
    async for i in ticker(2):
        total += i
    async with Guard() as g:
        total += len(g)
    total += await middle(10)
    total += await middle(20)
    return total


def drive(coro, values):
    it = iter(values)
    try:
        while True:
            coro.send(next(it))
    except StopIteration as e:
        return e.value


mon.set_events(0, E.PY_START | E.PY_RESUME | E.PY_YIELD | E.PY_RETURN | E.STOP_ITERATION | E.RAISE
               | E.EXCEPTION_HANDLED | E.PY_UNWIND)
mon.set_local_events(1, middle.__code__, E.LINE | E.BRANCH)
print(drive(top(), [None, 1, 1, 1, 1, 5, None]))
flush('two tools')
mon.set_events(0, 0)
print(drive(top(), [None, 1, 1, 1, 1, 5, None]))
flush('local tool only')
mon.set_local_events(1, middle.__code__, 0)
print(drive(top(), [None, 1, 1, 1, 1, 5, None]))
flush('none')
