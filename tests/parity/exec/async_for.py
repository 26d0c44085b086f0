class ARange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i - 1

async def main():
    out = []
    async for x in ARange(4):
        out.append(x)
    else:
        out.append('else')
    return out

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
