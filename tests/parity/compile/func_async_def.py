# An async function: CO_COROUTINE, RETURN_GENERATOR at start
async def f(x):
    return x
