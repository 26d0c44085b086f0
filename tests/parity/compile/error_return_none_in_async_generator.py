# Compiler error: even 'return None' counts as 'return' with value in an async generator
async def agen():
    yield
    return None
