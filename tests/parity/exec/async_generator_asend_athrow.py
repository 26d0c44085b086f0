async def agen():
    try:
        x = yield 1
        print('got', x)
        yield 2
    except KeyError:
        yield 'caught'

def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value

g = agen()
print(step(g.asend(None)))
print(step(g.asend('hi')))
print(step(g.athrow(KeyError)))
try:
    step(g.asend(None))
except StopAsyncIteration:
    print('exhausted')
