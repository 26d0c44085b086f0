# BoundedSemaphore refuses to go above its initial value.
import threading

b = threading.BoundedSemaphore(2)
b.acquire(); b.acquire()
b.release(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError:", e)

# Threads that each take and give back a slot leave the semaphore full.
def worker():
    for _ in range(10):
        with b:
            pass
b.release()
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print([b.acquire(False) for _ in range(3)])
