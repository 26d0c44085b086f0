# (b) the same work split between two CPU-bound threads: under a GIL they take turns (switch
# interval 5 ms), so the wall time is that of the work done once plus the switching cost.
import sys, time, threading
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work, REPEAT

results = [0, 0]
def half(i):
    results[i] = work(0.5)

best = None
for _ in range(REPEAT):  # the best of REPEAT passes: the steady state, after the JIT's warm-up
    start = time.perf_counter()
    threads = [threading.Thread(target=half, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t = time.perf_counter() - start
    best = t if best is None else min(best, t)
print(sum(results))
print(f"elapsed {best:.4f}", file=sys.stderr)
