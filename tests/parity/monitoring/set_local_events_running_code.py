# set_local_events on code that is running: a function turning on LINE for its own code, a
# callback turning events on for its caller's code, a suspended generator whose code gets
# events before it resumes, and events removed from a running loop; each then re-runs
# untraced and prints the same results.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 1
mon.use_tool_id(T, 'running')
watch(T, 'LINE', 'PY_RESUME', 'PY_YIELD', 'PY_RETURN', 'BRANCH', 'JUMP')


def self_enabling(n):
    total = 0
    for i in range(n):
        if i == 1:
            mon.set_local_events(T, self_enabling.__code__, E.LINE)
        if i == 3:
            mon.set_local_events(T, self_enabling.__code__, 0)
        total += i
    return total


print(self_enabling(5))
flush('a function switching LINE on and off for itself')


def callee():
    return 'callee'


def caller():
    a = callee()
    b = a.upper()
    return a + b


def on_start(code, offset):
    if code is callee.__code__:
        mon.set_local_events(T, caller.__code__, E.LINE | E.PY_RETURN)


mon.register_callback(T, E.PY_START, on_start)
mon.set_local_events(T, callee.__code__, E.PY_START)
print(caller())
mon.set_local_events(T, callee.__code__, 0)
mon.set_local_events(T, caller.__code__, 0)
flush('a callback enabling events for its caller')


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got:
            i += got
        i += 1
    return 'end'


g = counter(6)
print(next(g), next(g))
mon.set_local_events(T, counter.__code__, E.PY_RESUME | E.PY_YIELD | E.LINE | E.BRANCH | E.JUMP)
print(g.send(2), next(g))
mon.set_local_events(T, counter.__code__, 0)
print(list(g))
flush('a suspended generator gets events, then loses them')

mon.set_local_events(T, self_enabling.__code__, E.BRANCH | E.JUMP)
print(self_enabling(4))
mon.set_local_events(T, self_enabling.__code__, 0)
flush('local events replaced while the loop runs')

# The same code untraced afterwards.
print(self_enabling(5), caller(), list(counter(6)), self_enabling(4))
flush('untraced (nothing above)')
