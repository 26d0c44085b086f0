# (a) the same work with threading imported and one idle thread started and joined first:
# from then on the GIL is live (taken, dropped, checked) although one thread runs.
import sys, time, threading
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work, REPEAT

idle = threading.Thread(target=lambda: None)
idle.start()
idle.join()
best = None
for _ in range(REPEAT):  # the best of REPEAT passes: the steady state, after the JIT's warm-up
    start = time.perf_counter()
    r = work()
    t = time.perf_counter() - start
    best = t if best is None else min(best, t)
print(r)
print(f"elapsed {best:.4f}", file=sys.stderr)
