# _lsprof.Profiler.clear() forgets what was collected; collection goes on after it.
import _lsprof


def f():
    return 1


p = _lsprof.Profiler()
p.enable()
f()
f()
p.disable()
print(sorted((str(getattr(e.code, "co_name", e.code)), e.callcount) for e in p.getstats()))
p.clear()
print(p.getstats())
p.enable()
f()
p.clear()
f()
p.disable()
print(sorted((str(getattr(e.code, "co_name", e.code)), e.callcount) for e in p.getstats()))
try:
    _lsprof.Profiler(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    _lsprof.Profiler(timeunit="x")
except TypeError as e:
    print("TypeError:", e)
print(_lsprof.Profiler.__module__, _lsprof.Profiler.__name__, issubclass(__import__("cProfile").Profile, _lsprof.Profiler))
