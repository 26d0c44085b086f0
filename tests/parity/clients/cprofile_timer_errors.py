# _lsprof with a timer that raises or returns a non-number: each failure is reported as
# unraisable (the reading counts as 0) and profiling goes on; disable() inside the timer
# is refused.
import cProfile
import sys

calls = 0


def bad_timer():
    global calls
    calls += 1
    if calls == 2:
        raise OSError("clock broke")
    if calls == 3:
        return "not a number"
    return calls


def f():
    return 1


p = cProfile.Profile(bad_timer)
p.runcall(f)
print(sorted(str(getattr(e.code, "co_name", e.code)) for e in p.getstats()))
sys.stderr.flush()


def disabling_timer():
    try:
        q.disable()
    except RuntimeError as e:
        print("RuntimeError:", e)
        q.timer_errors = True
    try:
        q.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return 0


q = cProfile.Profile(disabling_timer)
q.enable()
q.disable()
print(getattr(q, "timer_errors", False))
