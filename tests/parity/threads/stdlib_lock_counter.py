# Eight threads increment a shared counter under a lock; the total is exact.
import threading

lock = threading.Lock()
counter = {"n": 0}
per_thread = {}

def work(name, times):
    mine = 0
    for _ in range(times):
        with lock:
            counter["n"] += 1
        mine += 1
    with lock:
        per_thread[name] = mine

threads = [threading.Thread(target=work, args=("w%d" % i, 500 + i), name="w%d" % i) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter["n"], sum(500 + i for i in range(8)))
for name in sorted(per_thread):
    print(name, per_thread[name])
print([t.is_alive() for t in threads])
