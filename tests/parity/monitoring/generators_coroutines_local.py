# Generators and coroutines with local events only on their code objects: send, throw, close,
# yield from a sub-generator, a coroutine driven by hand through an awaitable, and an async
# generator driven by asend/athrow; the events each delivers.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 3
mon.use_tool_id(T, 'gens')
watch(T, 'PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'PY_THROW', 'PY_UNWIND', 'RAISE', 'RERAISE',
      'EXCEPTION_HANDLED', 'STOP_ITERATION', 'LINE', 'JUMP', 'BRANCH', 'CALL')
LOCAL = E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD | E.LINE | E.JUMP | E.BRANCH | E.STOP_ITERATION


def sub(n):
    got = yield n
    while got is not None:
        got = yield got * 2
    return 'sub done'


def outer():
    try:
        r = yield from sub(1)
        yield r
    except ValueError as e:
        yield 'caught %s' % e
    finally:
        yield 'cleanup'


class Ticket:
    def __await__(self):
        v = yield 'waiting'
        return v


async def coro(x):
    a = await Ticket()
    if a > x:
        return a
    raise KeyError(a)


async def agen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield 'athrown'


for code in (sub.__code__, outer.__code__, coro.__code__, agen.__code__, Ticket.__await__.__code__):
    mon.set_local_events(T, code, LOCAL)
mon.set_events(T, E.PY_THROW | E.PY_UNWIND | E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED)

g = outer()
print(next(g), g.send(5), g.send(None))
print(g.throw(ValueError('boom')), next(g), next(g, 'end'))
flush('outer: yield from, send, throw')

g = outer()
next(g)
print(g.throw(ValueError('early')))
try:
    g.close()
except RuntimeError as e:
    print('close:', e)
flush('outer: throw into the sub-generator, close in finally')

for arg in (10, 1):
    c = coro(5)
    print(c.send(None))
    try:
        c.send(arg)
    except StopIteration as e:
        print('returned', e.value)
    except KeyError as e:
        print('raised', e)
flush('coroutine driven by hand')

c = coro(0)
c.send(None)
try:
    c.throw(RuntimeError('thrown'))
except RuntimeError as e:
    print('propagated', e)
flush('coroutine throw')

ag = agen()
for step in (ag.asend(None), ag.athrow(ValueError('x')), ag.asend(None)):
    try:
        step.send(None)
    except StopIteration as e:
        print('yielded', e.value)
    except StopAsyncIteration:
        print('exhausted')
flush('async generator')
mon.set_events(T, 0)
