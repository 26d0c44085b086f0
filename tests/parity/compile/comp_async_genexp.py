# An asynchronous generator expression is an async generator code object
async def f(aitems):
    gen = (x async for x in aitems)
    return [y async for y in gen]
