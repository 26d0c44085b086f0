# Queue.join waits until every item is marked done; task_done too often raises ValueError.
import queue
import threading

q = queue.Queue()
done = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        with lock:
            done.append(item * item)
        q.task_done()

for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(25):
    q.put(i)
q.join()
print(sorted(done) == [i * i for i in range(25)], q.unfinished_tasks)
q2 = queue.Queue()
try:
    q2.task_done()
except ValueError as e:
    print("ValueError:", e)
