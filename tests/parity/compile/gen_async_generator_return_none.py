# An async generator with a bare return and yield inside async with / async for
async def agen(source):
    async with source as s:
        async for item in s:
            yield item
    return
