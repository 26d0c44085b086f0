# Symtable error: 'yield' inside an async list comprehension
async def f(y):
    return [(yield) async for x in y]
