# Threads start, run under the GIL and are joined; results collected under a lock.
import threading, _thread

lock = threading.Lock()
results = []

def work(n):
    total = 0
    for i in range(20000):
        total += i * n
    with lock:
        results.append((n, total))

threads = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads], threading.active_count(), _thread._count())
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(all(isinstance(t.ident, int) and t.ident != threading.get_ident() for t in threads))
print(len({t.ident for t in threads}) >= 1, len({t.native_id for t in threads}) >= 1)

# start_new_thread with kwargs, a lock as the completion signal
done = _thread.allocate_lock()
done.acquire()
seen = []
def f(a, b, *, c):
    seen.append((a, b, c))
    done.release()
ident = _thread.start_new_thread(f, (1, 2), {"c": 3})
done.acquire()
print(seen, isinstance(ident, int))

# a thread's return value is ignored; join with a timeout on a finished thread returns at once
t = threading.Thread(target=lambda: 42)
t.start()
t.join(timeout=5)
print(t.is_alive())
print(repr(t).startswith("<Thread(Thread-"), "stopped" in repr(t))
