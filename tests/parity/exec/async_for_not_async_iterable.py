async def main():
    async for x in [1, 2]:
        pass
try:
    main().send(None)
except TypeError as e:
    print(e)
async def m2():
    async with object():
        pass
try:
    m2().send(None)
except TypeError as e:
    print(e)
