# async for: GET_AITER, GET_ANEXT, SEND, END_ASYNC_FOR
async def f(aiter):
    async for item in aiter:
        await g(item)
