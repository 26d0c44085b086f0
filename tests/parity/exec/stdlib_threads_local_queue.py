# threading.local gives each thread its own attributes (a subclass's __init__ runs again on
# each thread); queue.Queue passes items between producer and consumer threads.
import threading, queue

class Counter(threading.local):
    def __init__(self, start):
        self.n = start

loc = threading.local()
loc.name = "main"
cnt = Counter(10)
cnt.n += 1
out = []
lock = threading.Lock()

def worker(i):
    had = hasattr(loc, "name")
    loc.name = f"w{i}"
    cnt.n += i
    with lock:
        out.append((i, had, loc.name, cnt.n))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))
print(loc.name, cnt.n, sorted(vars(loc)))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)

q = queue.Queue(maxsize=2)
got = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        got.append(item)
p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
q.join()
print(got, q.empty())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty")
pq = queue.PriorityQueue()
for v in [3, 1, 2]:
    pq.put(v)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for v in "abc":
    lq.put(v)
print("".join(lq.get() for _ in range(3)))
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty())
