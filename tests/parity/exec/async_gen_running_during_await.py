# ag_running is True while asend() waits inside an await of the generator, and
# inspect.getasyncgenstate agrees
import inspect
import types


@types.coroutine
def suspend():
    yield "suspended"


async def agen():
    print("inside", ag.ag_running, inspect.getasyncgenstate(ag))
    await suspend()
    yield 1
    await suspend()
    yield 2


ag = agen()
print(ag.ag_running, inspect.getasyncgenstate(ag))
a = ag.asend(None)
print(a.send(None))
print("awaiting", ag.ag_running, inspect.getasyncgenstate(ag))
try:
    a.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(ag.ag_running, inspect.getasyncgenstate(ag))
a = ag.__anext__()
print(a.send(None), ag.ag_running)
a.close()
print("closed awaitable", ag.ag_running, inspect.getasyncgenstate(ag))
a = ag.aclose()
try:
    a.send(None)
except StopIteration:
    print("aclose done")
print(ag.ag_running, inspect.getasyncgenstate(ag), ag.ag_frame)


async def stubborn():
    while True:
        try:
            await suspend()
        except GeneratorExit:
            print("ignoring GeneratorExit")
        yield 1


ag = stubborn()
a = ag.asend(None)
a.send(None)
print(ag.ag_running, a.close(), ag.ag_running, inspect.getasyncgenstate(ag))
ag = stubborn()
print(ag.asend(None).close(), inspect.getasyncgenstate(ag), ag.ag_running)
ag = stubborn()
print(ag.athrow(ValueError).close(), inspect.getasyncgenstate(ag), ag.ag_running)
