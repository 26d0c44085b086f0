# async with several items and targets
async def f():
    async with a() as x, b() as y:
        return x, y
