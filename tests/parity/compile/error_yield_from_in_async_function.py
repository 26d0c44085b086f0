# Compiler error: 'yield from' inside async function
async def f():
    yield from items
