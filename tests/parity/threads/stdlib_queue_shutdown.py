# Queue.shutdown (new in 3.13): blocked getters wake with ShutDown; immediate shutdown drops the items.
import queue
import threading

q = queue.Queue()
res = {}
ready = threading.Barrier(3)
def getter(name):
    ready.wait()
    try:
        res[name] = q.get()
    except queue.ShutDown:
        res[name] = "ShutDown"
ts = [threading.Thread(target=getter, args=("g%d" % i,)) for i in range(2)]
for t in ts: t.start()
ready.wait()
q.put("one")
while q.qsize():
    pass
q.shutdown()
for t in ts: t.join()
print(sorted(res.values()))
try:
    q.put(2)
except queue.ShutDown:
    print("put after shutdown: ShutDown")
q2 = queue.Queue()
for i in range(3): q2.put(i)
q2.shutdown(immediate=True)
print(q2.qsize(), q2.empty())
try:
    q2.get()
except queue.ShutDown:
    print("get after immediate shutdown: ShutDown")
