# Compiler error: 'async for' outside async function
def f(items):
    async for x in items:
        pass
