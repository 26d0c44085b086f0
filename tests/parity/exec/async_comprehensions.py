async def agen():
    for i in range(5):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in agen() if x % 2 == 0]
    b = {x: await double(x) for x in range(3)}
    c = [await double(x) async for x in agen()]
    return a, b, c

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
