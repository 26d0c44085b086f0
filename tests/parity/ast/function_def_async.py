async def f():
    pass
async def f(a, /, b=1, *args, c, **kw) -> None:
    await x
    await f(1)
    await a.b.c
    await a[0]
    return await g()
async def gen():
    yield 1
    async for x in aiter():
        pass
    async for x in aiter():
        pass
    else:
        pass
    async for a, b in pairs():
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c as d):
        pass
    async with (a, b,):
        pass
    async with (a as b):
        pass
    x = await y ** 2
    x = -await y
    x = await (y)
    x = [await z for z in zs]
    x = [z async for z in zs]
    x = {z async for z in zs if await z}
    x = {k: v async for k, v in items()}
    x = (z async for z in zs)
    x = [a async for a in b for c in d async for e in f]
