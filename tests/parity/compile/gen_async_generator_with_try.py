# try/finally with await and yield in an async generator
async def agen():
    try:
        yield 1
        await g()
    finally:
        await cleanup()
