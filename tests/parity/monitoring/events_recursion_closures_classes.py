# PY_START/PY_RETURN/PY_UNWIND through recursion, closures, a class body, a lambda in map(),
# builtins that call back into Python (sorted's key, map), and an exception leaving a
# comprehension.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 2
mon.use_tool_id(TOOL, 'trace')
log = []
depth = [0]


def on_start(code, off):
    if code.co_filename == __file__:
        log.append('  ' * depth[0] + 'start ' + code.co_qualname)
        depth[0] += 1


def on_return(code, off, value):
    if code.co_filename == __file__:
        depth[0] -= 1
        log.append('  ' * depth[0] + 'return ' + code.co_qualname + ' ' + repr(value)[:20])


def on_unwind(code, off, exc):
    if code.co_filename == __file__:
        depth[0] -= 1
        log.append('  ' * depth[0] + 'unwind ' + code.co_qualname + ' ' + type(exc).__name__)


mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.PY_UNWIND, on_unwind)


def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


def program():
    fact(3)
    b = counter()
    b()
    b()

    class Shape:
        sides = 0

        def describe(self):
            return 'shape'
    Shape().describe()
    list(map(lambda v: v + 1, [1, 2]))
    sorted([3, 1], key=lambda v: -v)
    try:
        [1 / x for x in (1, 0)]
    except ZeroDivisionError:
        pass
    return 'ok'


mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.PY_UNWIND)
program()
mon.set_events(TOOL, 0)
print('\n'.join(log))
