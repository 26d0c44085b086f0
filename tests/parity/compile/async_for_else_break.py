# async for with else and break
async def f(aiter):
    async for x in aiter:
        if x:
            break
    else:
        return None
    return x
