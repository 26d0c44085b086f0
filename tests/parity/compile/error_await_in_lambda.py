# Compiler error: 'await' outside async function, in a lambda inside an async function
async def f():
    return lambda: await g()
