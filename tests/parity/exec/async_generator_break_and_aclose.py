async def agen():
    try:
        for i in range(10):
            yield i
    finally:
        print('agen cleanup')
async def main():
    g = agen()
    async for x in g:
        if x == 2:
            break
    print('broke at', x)
    await g.aclose()
    return 'done'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
