# A tiny event loop: tasks, sleeping, futures, a queue and cancellation, all with coroutines.

class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, v):
        self.done, self.result = True, v
        for cb in self.callbacks:
            cb(self)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Cancelled(Exception):
    pass

class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop, self.coro, self.name = loop, coro, name
        self.cancel_requested = False
    def step(self, value=None):
        try:
            if self.cancel_requested:
                self.cancel_requested = False
                waiting = self.coro.throw(Cancelled(self.name))
            else:
                waiting = self.coro.send(value)
        except StopIteration as e:
            self.loop.log(f'{self.name} returned {e.value!r}')
            self.set_result(e.value)
            return
        except Cancelled:
            self.loop.log(f'{self.name} cancelled')
            self.set_result(None)
            return
        if isinstance(waiting, Sleep):
            self.loop.call_at(self.loop.time + waiting.delay, self.step)
        elif isinstance(waiting, Future):
            waiting.callbacks.append(lambda f: self.loop.call_at(self.loop.time, self.step, f.result))
    def cancel(self):
        self.cancel_requested = True

class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield self

class Loop:
    def __init__(self):
        self.time = 0
        self.queue = []
        self.seq = 0
    def log(self, msg):
        print(f't={self.time:>2} {msg}')
    def call_at(self, when, fn, *args):
        self.seq += 1
        self.queue.append((when, self.seq, fn, args))
    def create_task(self, coro, name):
        t = Task(self, coro, name)
        self.call_at(self.time, t.step)
        return t
    def run(self):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            when, _, fn, args = self.queue.pop(0)
            self.time = when
            fn(*args)

class Queue:
    def __init__(self):
        self.items = []
        self.getters = []
    def put(self, item):
        if self.getters:
            self.getters.pop(0).set_result(item)
        else:
            self.items.append(item)
    async def get(self):
        if self.items:
            return self.items.pop(0)
        f = Future()
        self.getters.append(f)
        return await f

loop = Loop()
q = Queue()

async def producer(n):
    for i in range(n):
        await Sleep(2)
        loop.log(f'produce {i}')
        q.put(i)
    q.put(None)
    return 'produced'

async def consumer():
    total = 0
    while True:
        item = await q.get()
        if item is None:
            break
        loop.log(f'consume {item}')
        total += item
    return total

async def sleeper():
    try:
        for i in range(100):
            await Sleep(3)
            loop.log(f'sleeper tick {i}')
    finally:
        loop.log('sleeper cleanup')

async def supervisor(victim):
    await Sleep(7)
    loop.log('cancelling sleeper')
    victim.cancel()
    return 'supervised'

async def waiter(task):
    r = await task
    loop.log(f'waiter saw {r!r}')
    return r * 10

cons = loop.create_task(consumer(), 'consumer')
loop.create_task(producer(4), 'producer')
s = loop.create_task(sleeper(), 'sleeper')
loop.create_task(supervisor(s), 'supervisor')
loop.create_task(waiter(cons), 'waiter')
loop.run()
print('final time', loop.time, cons.result)
