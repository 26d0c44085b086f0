class Yield:
    def __await__(self):
        yield

async def counter(name, n):
    for i in range(n):
        print(name, i)
        await Yield()
    return f'{name} finished'

tasks = [counter('A', 3), counter('B', 2), counter('C', 1)]
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration as e:
        print(e.value)
