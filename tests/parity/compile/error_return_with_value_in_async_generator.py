# Compiler error: 'return' with value in async generator
async def agen():
    yield 1
    return 2
