async def f():
    async for a + b in c:
        pass
