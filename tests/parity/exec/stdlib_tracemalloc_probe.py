# tracemalloc's switch and settings (pyjama records no traces; the numbers are not printed)
import tracemalloc
import _tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(type(tracemalloc.get_traced_memory()).__name__, len(tracemalloc.get_traced_memory()))
print(type(tracemalloc.get_tracemalloc_memory()).__name__)
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
for bad in (0, 65536, -1, "x", 1.5):
    try:
        tracemalloc.start(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
print(tracemalloc.get_object_traceback(1), type(tracemalloc.take_snapshot()).__name__)
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(3)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(type(e).__name__, e)
for name in ("is_tracing", "stop", "get_traced_memory"):
    try:
        getattr(_tracemalloc, name)(1)
    except TypeError as e:
        print(type(e).__name__, e)
