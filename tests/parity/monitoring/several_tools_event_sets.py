# Six tools at once, each with its own event set (global and local), on the same code: the
# order tools are called in, DISABLE by one tool leaving the others, and sets changed between runs.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


for tool in range(6):
    mon.use_tool_id(tool, 'tool%d' % tool)


def helper(x):
    if x % 2:
        return len(str(x))
    return -x


def work(n):
    total = 0
    for i in range(n):
        try:
            total += helper(i)
            if i == 2:
                raise KeyError(i)
        except KeyError:
            total += 100
    return total


def gen(n):
    for i in range(n):
        yield helper(i)


watch(0, 'LINE', 'PY_START')
watch(1, 'CALL', 'C_RETURN', 'C_RAISE')
watch(2, 'BRANCH', 'JUMP')
watch(3, 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND')
watch(4, 'INSTRUCTION', 'LINE')
watch(5, 'PY_RETURN', 'PY_YIELD', 'PY_RESUME')

mon.set_events(0, E.LINE | E.PY_START)
mon.set_events(1, E.CALL)
mon.set_events(2, E.BRANCH | E.JUMP)
mon.set_events(3, E.RAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND)
mon.set_local_events(4, helper.__code__, E.INSTRUCTION | E.LINE)
mon.set_events(5, E.PY_RETURN | E.PY_YIELD | E.PY_RESUME)
print(work(3))
flush('all six')
print(sorted(mon._all_events().items()))

# Tool 1 disables its CALL events site by site; tool 0 keeps LINE.
mon.register_callback(1, E.CALL, recorder(1, 'CALL', mon.DISABLE))
print(work(3), work(3))
flush('tool 1 returns DISABLE for CALL')

# Tool 2 drops JUMP, tool 0 switches to PY_RETURN, tool 5 stops.
mon.set_events(2, E.BRANCH)
mon.set_events(0, E.PY_RETURN)
watch(0, 'PY_RETURN')
mon.set_events(5, 0)
print(list(gen(3)))
flush('changed sets')

mon.restart_events()
print(work(2))
flush('after restart_events')

for tool in range(6):
    mon.set_events(tool, 0)
    mon.set_local_events(tool, helper.__code__, 0)
    mon.free_tool_id(tool)
print(work(3), list(gen(2)))
flush('all off')
print(sorted(mon._all_events().items()))
