# LifoQueue, PriorityQueue and SimpleQueue filled by one thread and drained by another.
import queue
import threading

def fill(q, items):
    for i in items:
        q.put(i)

for cls in (queue.LifoQueue, queue.PriorityQueue, queue.SimpleQueue):
    q = cls()
    t = threading.Thread(target=fill, args=(q, [5, 1, 4, 2, 3]))
    t.start(); t.join()
    out = []
    def drain():
        while not q.empty():
            out.append(q.get())
    d = threading.Thread(target=drain)
    d.start(); d.join()
    print(cls.__name__, out)
