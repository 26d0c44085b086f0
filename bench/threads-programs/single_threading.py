# (a) the same work with threading imported and one idle thread started and joined first:
# from then on the GIL is live (taken, dropped, checked) although one thread runs.
import sys, time, threading
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work

idle = threading.Thread(target=lambda: None)
idle.start()
idle.join()
start = time.perf_counter()
print(work())
print(f"elapsed {time.perf_counter() - start:.4f}", file=sys.stderr)
