# An await in a comprehension element makes it asynchronous but keeps a sync iterator
async def f(items):
    return [await g(x) for x in items]
