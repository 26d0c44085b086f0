# A Lock: acquire, release, locked, non-blocking and timed acquires, and the errors.
import threading

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(blocking=False), lock.acquire(False))
print(lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kwargs in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0.5})]:
    try:
        lock.acquire(*args, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())

# Another thread sees the lock held, and takes it once released.
seen = []
lock.acquire()
def worker():
    seen.append(lock.acquire(blocking=False))
    seen.append(lock.acquire(timeout=5))
    lock.release()
t = threading.Thread(target=worker)
t.start()
while not seen:
    pass
lock.release()
t.join()
print(seen, lock.locked())
