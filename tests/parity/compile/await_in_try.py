# await inside try/except/finally
async def f():
    try:
        await g()
    except E:
        await h()
    finally:
        await cleanup()
