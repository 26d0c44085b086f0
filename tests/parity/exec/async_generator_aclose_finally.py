async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.__anext__()))
step(g.aclose())
print('closed')
