# Exceptions raised and handled inside threads: sys.exception() is per thread.
import sys
import threading

out = {}
ready = threading.Barrier(3)
def worker(name, exc):
    try:
        raise exc(name)
    except Exception:
        ready.wait()
        e = sys.exception()
        out[name] = (type(e).__name__, str(e))
ts = [threading.Thread(target=worker, args=("w%d" % i, exc)) for i, exc in enumerate((ValueError, OSError))]
for t in ts: t.start()
try:
    raise LookupError("main")
except LookupError:
    ready.wait()
    print("main sees", repr(sys.exception()))
for t in ts: t.join()
print(sorted(out.items()))
print(sys.exception())
