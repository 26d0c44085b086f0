# Condition, Event, Semaphore, Barrier, RLock and Timer across threads.
import threading

# producer/consumer with a Condition
cond = threading.Condition()
items = []
consumed = []
def consumer():
    for _ in range(5):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed", consumed)

# Event
ev = threading.Event()
order = []
def waiter(n):
    ev.wait()
    order.append(n)
ws = [threading.Thread(target=waiter, args=(n,)) for n in range(3)]
for w in ws:
    w.start()
print("before set", order, ev.is_set())
ev.set()
for w in ws:
    w.join()
print("after set", sorted(order), ev.wait(0))

# Semaphore bounds concurrency
sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        with guard:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 2", peak[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: every party gets a distinct index
b = threading.Barrier(4)
idx = []
def party():
    idx.append(b.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
idx.append(b.wait())
for t in ts:
    t.join()
print("barrier", sorted(idx), b.n_waiting, b.broken)

# RLock used by nested calls and by Condition
r = threading.RLock()
def nested(n):
    with r:
        if n:
            nested(n - 1)
nested(3)
print("rlock free", r.acquire(blocking=False))
r.release()
c2 = threading.Condition(r)
with c2:
    print("notified", c2.wait(timeout=0.01))

# Timer
fired = threading.Event()
tm = threading.Timer(0.01, fired.set)
tm.start()
tm.join()
print("timer", fired.is_set())
tm2 = threading.Timer(10, print, args=("never",))
tm2.start()
tm2.cancel()
tm2.join()
print("cancelled", tm2.is_alive())
