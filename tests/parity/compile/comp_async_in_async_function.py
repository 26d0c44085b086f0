# Async comprehensions in an async function: GET_AITER, GET_ANEXT, END_ASYNC_FOR
async def f(aitems):
    a = [x async for x in aitems]
    b = {x async for x in aitems}
    c = {x: x async for x in aitems}
    return a, b, c
