# Semaphore(2): never more than two threads inside; acquire without blocking; the errors.
import threading

sem = threading.Semaphore(2)
guard = threading.Lock()
inside = [0]
most = [0]

def work():
    for _ in range(20):
        with sem:
            with guard:
                inside[0] += 1
                most[0] = max(most[0], inside[0])
            with guard:
                inside[0] -= 1

ts = [threading.Thread(target=work) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(most[0] <= 2, inside[0])

s = threading.Semaphore(1)
print(s.acquire(), s.acquire(blocking=False), s.acquire(timeout=0.01))
s.release(3)
print([s.acquire(False) for _ in range(4)])
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
