# await: GET_AWAITABLE, SEND/YIELD_VALUE loop, END_SEND, CLEANUP_THROW
async def f(x):
    a = await g()
    b = await x.method(a)
    return await (await h())
