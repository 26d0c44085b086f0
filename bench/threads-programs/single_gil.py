# (a, the GIL alone) the work after _thread started and finished an idle thread: the GIL is
# live from then on, and no module is imported that single_plain does not import.
import sys, time, _thread
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work, REPEAT

done = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(done.release, ())
done.acquire()
best = None
for _ in range(REPEAT):  # the best of REPEAT passes: the steady state, after the JIT's warm-up
    start = time.perf_counter()
    r = work()
    t = time.perf_counter() - start
    best = t if best is None else min(best, t)
print(r)
print(f"elapsed {best:.4f}", file=sys.stderr)
