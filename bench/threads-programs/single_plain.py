# (a) baseline: the work on the main thread, threading never imported.
import sys, time
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work

start = time.perf_counter()
print(work())
print(f"elapsed {time.perf_counter() - start:.4f}", file=sys.stderr)
