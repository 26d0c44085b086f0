# return and break inside async with inside a loop: awaits of __aexit__ during unwinding
async def f(items):
    for x in items:
        async with lock:
            if x:
                break
            if x is None:
                return x
