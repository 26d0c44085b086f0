# async for inside try inside async with: END_ASYNC_FOR handlers and nesting
async def f(src):
    async with src as s:
        try:
            async for item in s:
                await g(item)
        except E:
            pass
