# (a, the GIL alone) the work after _thread started and finished an idle thread: the GIL is
# live from then on, and no module is imported that single_plain does not import.
import sys, time, _thread
sys.path.insert(0, __file__.rpartition("/")[0] or ".")
from _work import work

done = _thread.allocate_lock()
done.acquire()
_thread.start_new_thread(done.release, ())
done.acquire()
start = time.perf_counter()
print(work())
print(f"elapsed {time.perf_counter() - start:.4f}", file=sys.stderr)
