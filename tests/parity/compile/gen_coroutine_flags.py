# A coroutine without await, one with await, and a generator-based one (flags differ)
async def plain():
    return 1

async def awaiting(x):
    return await x

def generator():
    yield
