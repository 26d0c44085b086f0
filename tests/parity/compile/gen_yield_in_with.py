# yield inside with and async with blocks
def gen():
    with ctx() as c:
        yield c

async def agen():
    async with actx() as c:
        yield c
