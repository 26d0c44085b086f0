async def f():
    await x
    await x.y
    await x()
    await x[0]
    await x.y().z[0]
    await (await x)
    await x ** 2
    await x ** await y
    -await x
    (await x).y
    [await x, await y]
    f(await x)
    return await x
    x = await y
    x += await y
    async with await x as y:
        pass
    async for a in await b:
        pass
    await (yield)
    2 ** -1
    x ** y ** z
    (-x) ** y
    -x ** -y
    ~x ** y
