async def f(a, b)
    pass
