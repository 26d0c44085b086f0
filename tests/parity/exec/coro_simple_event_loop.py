class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks

def run(*coros):
    queue = [(0, i, c) for i, c in enumerate(coros)]
    now = 0
    results = {}
    while queue:
        queue.sort()
        t, i, c = queue.pop(0)
        now = t
        try:
            ticks = c.send(None)
            queue.append((now + ticks, i, c))
        except StopIteration as e:
            results[i] = e.value
    return results

async def worker(name, delays):
    for d in delays:
        print(f'{name} sleeps {d}')
        await Sleep(d)
    return name.upper()

print(run(worker('a', [3, 1]), worker('b', [1, 1, 1]), worker('c', [2])))
