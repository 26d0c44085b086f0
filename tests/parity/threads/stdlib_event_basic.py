# Event: set, clear, is_set and wait with and without timeout, with waiting threads.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

start = threading.Event()
results = {}
def worker(name):
    results[name] = start.wait(30)
ts = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(4)]
for t in ts: t.start()
start.set()
for t in ts: t.join()
print(sorted(results.items()))
