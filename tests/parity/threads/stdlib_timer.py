# Timer runs its function once with its arguments; a cancelled Timer never does.
import threading

log = []
t = threading.Timer(0.01, lambda *a, **k: log.append((a, k)), args=(1, 2), kwargs={"x": 3})
print(t.is_alive())
t.start()
t.join()
print(log, t.is_alive(), t.finished.is_set())

c = threading.Timer(30, lambda: log.append("never"))
c.start()
c.cancel()
c.join()
print(log[-1] != "never", c.is_alive())

many = [threading.Timer(0.001 * i, log.append, args=(i,)) for i in range(5)]
for m in many: m.start()
for m in many: m.join()
print(sorted(x for x in log if isinstance(x, int)))
print(isinstance(t, threading.Thread), type(t).__name__)
