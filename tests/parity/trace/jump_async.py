# Jumps in coroutines driven by hand (no event loop): forwards and backwards in an async def,
# out of an async for (its iterator popped) and into one (refused), out of an async with, over
# an await, from the 'call' event of a resumed coroutine and from the 'return' event of its
# await (then CPython leaves the value sent in on the stack: the lines after are kept shallow).
import sys
from _jump import jump, run_coroutine


class Suspend:
    def __await__(self):
        yield 'suspended'


class AsyncIter:
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)


async def forwards(output):
    output.append(1)
    output.append(2)
    output.append(3)


async def out_of_async_for(output):
    async for i in AsyncIter([1, 2]):
        output.append(i)
        output.append(3)
    output.append(4)


async def into_async_for(output):
    output.append(1)
    async for i in AsyncIter([1, 2]):
        output.append(3)
    output.append(4)


async def backwards_out_of_async_for(output):
    for n in [1]:
        output.append(2)
        async for i in AsyncIter([1]):
            output.append(4)
            output.append(5)
        output.append(6)


async def over_await(output):
    output.append(1)
    await Suspend()
    output.append(3)


def drive(func, output):
    coro = func(output)
    try:
        while True:
            output.append(('yielded', coro.send(None)))
    except StopIteration as e:
        output.append(('done', e.value))


async def resumed_call(output):
    output.append(1)
    await Suspend()
    x = 3
    return x


jump(forwards, 1, 3)
jump(forwards, 3, 1)
jump(out_of_async_for, 3, 4)
jump(into_async_for, 1, 3)
jump(backwards_out_of_async_for, 5, 2)
jump(over_await, 1, 3, driver=drive)
jump(resumed_call, 2, 4, event='call', driver=drive)
jump(resumed_call, 2, 3, event='return', driver=drive)
