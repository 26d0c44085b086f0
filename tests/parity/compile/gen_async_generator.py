# An async generator: CO_ASYNC_GENERATOR, INTRINSIC_ASYNC_GEN_WRAP on yield
async def agen(n):
    for i in range(n):
        yield i
        await sleep(0)
