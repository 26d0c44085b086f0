# threading.local: each thread sees its own attributes; the main thread's stay as they were.
import threading

data = threading.local()
data.x = "main"
seen = {}
barrier = threading.Barrier(4)

def worker(i):
    seen_before = hasattr(data, "x")
    data.x = i
    barrier.wait()
    seen["w%d" % i] = (seen_before, data.x, sorted(vars(data)))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(seen):
    print(k, seen[k])
print(data.x, data.__dict__)
del data.x
print(hasattr(data, "x"))
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)
