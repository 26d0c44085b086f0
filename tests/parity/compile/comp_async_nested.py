# A sync comprehension nested in an async one, and an async for inside a later clause
async def f(aitems, rows):
    return [y for row in rows async for y in aitems if row]
