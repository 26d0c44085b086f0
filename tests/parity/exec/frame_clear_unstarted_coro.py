# frame.clear() on a coroutine that never started: the "never awaited" RuntimeWarning, and
# the coroutine stays usable (CPython's _PyGen_Finalize only warns); a generator is closed
async def co():
    return 5


c = co()
c.cr_frame.clear()
print(c.cr_frame is not None, c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print("stop", e.value)
print(c.cr_frame)


def g():
    yield 1


gg = g()
gg.gi_frame.clear()
print(gg.gi_frame, list(gg))
import sys
sys.set_coroutine_origin_tracking_depth(3)


def make():
    return co()


c = make()
c.cr_frame.clear()
c.close()
