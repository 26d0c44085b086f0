# CPython's queue.py: two producers and three consumers, sentinels to stop, results complete.
import queue
import threading

q = queue.Queue(maxsize=5)
got = {}

def producer(base):
    for i in range(20):
        q.put(base + i)

def consumer(name):
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    got[name] = mine

ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100)]
cs = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
for t in cs: t.join()
allgot = sorted(x for v in got.values() for x in v)
print(allgot == list(range(20)) + list(range(100, 120)), len(allgot))
print(sorted(got), q.empty(), q.qsize())
