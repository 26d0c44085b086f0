# (a) baseline: the work on the main thread, threading never imported.
import sys, time
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work, REPEAT

best = None
for _ in range(REPEAT):  # the best of REPEAT passes: the steady state, after the JIT's warm-up
    start = time.perf_counter()
    r = work()
    t = time.perf_counter() - start
    best = t if best is None else min(best, t)
print(r)
print(f"elapsed {best:.4f}", file=sys.stderr)
