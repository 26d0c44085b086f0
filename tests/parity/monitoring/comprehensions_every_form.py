# Comprehensions (inlined in 3.13) and generator expressions: list, set and dict forms,
# nested loops with conditions, a walrus, comprehensions at module level and in a class
# body, an exception from inside one; LINE, BRANCH, JUMP, PY_START and PY_YIELD.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 5
mon.use_tool_id(T, 'comp')
watch(T, 'LINE', 'BRANCH', 'JUMP', 'PY_START', 'PY_YIELD', 'PY_RETURN', 'RAISE', 'PY_UNWIND', 'STOP_ITERATION')


def forms(n):
    squares = [i * i for i in range(n) if i % 2]
    pairs = {(i, j) for i in range(n) for j in range(i) if (i + j) % 2}
    index = {str(i): i for i in range(n)}
    total = sum(i for i in range(n))
    found = [y for x in range(n) if (y := x * 3) > 2]
    return squares, sorted(pairs), index, total, found


def failing(values):
    return [10 // v for v in values]


mon.set_events(T, E.LINE | E.BRANCH | E.JUMP | E.PY_START | E.PY_YIELD | E.PY_RETURN)
print(forms(3))
flush('forms')
mon.set_events(T, E.RAISE | E.PY_UNWIND | E.PY_START)
try:
    failing([1, 2, 0])
except ZeroDivisionError as e:
    print('raised', e)
flush('exception inside a comprehension')
mon.set_events(T, E.LINE | E.BRANCH)
module_level = [c.upper() for c in 'ab' if c != 'b']


class Body:
    names = [n * 2 for n in (1, 2)]
    mapping = {k: v for k, v in zip('xy', names)}


print(module_level, Body.names, Body.mapping)
flush('module level and class body')
mon.set_events(T, 0)
mon.set_local_events(T, forms.__code__, E.BRANCH | E.JUMP)
print(forms(2))
flush('local BRANCH and JUMP on forms (its genexpr has its own code)')
mon.set_local_events(T, forms.__code__, 0)
