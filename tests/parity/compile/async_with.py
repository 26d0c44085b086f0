# async with: BEFORE_ASYNC_WITH, GET_AWAITABLE, SEND loops for enter and exit
async def f():
    async with lock:
        await g()
