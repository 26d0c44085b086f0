# queue.SimpleQueue is _queue.SimpleQueue (a Java type) and queue.Empty is _queue.Empty.
import queue
import threading

q = queue.SimpleQueue()
print(type(q).__module__, type(q).__name__, queue.Empty.__module__, issubclass(queue.Empty, Exception))
for i in range(3):
    q.put(i)
q.put_nowait("x")
print(q.qsize(), q.empty(), q.get(), q.get_nowait(), q.get(block=False), q.get(timeout=0.5), q.empty())
for call in (lambda: q.get_nowait(), lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print("Empty", repr(e))
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
out = []
t = threading.Thread(target=lambda: out.append(q.get()))
t.start()
q.put("from main")
t.join()
print(out)
