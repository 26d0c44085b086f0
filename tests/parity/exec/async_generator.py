async def agen(n):
    for i in range(n):
        yield i * 10
    print('agen done')

async def main():
    res = [x async for x in agen(3)]
    g = agen(2)
    first = await g.__anext__()
    return res, first, type(g).__name__

def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
