# PY_START, PY_RETURN and LINE events of a small program, set globally, then as local events,
# with a callback that returns DISABLE and restart_events re-arming it.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID
mon.use_tool_id(TOOL, 'test')
log = []


def where(code):
    return code.co_name


def on_start(code, offset):
    log.append(('PY_START', where(code), offset))


def on_return(code, offset, value):
    log.append(('PY_RETURN', where(code), offset, repr(value)))


def on_line(code, line):
    log.append(('LINE', where(code), line - code.co_firstlineno))


mon.register_callback(TOOL, E.PY_START, on_start)
mon.register_callback(TOOL, E.PY_RETURN, on_return)
mon.register_callback(TOOL, E.LINE, on_line)


def square(x):
    y = x * x
    return y


def loop(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += square(i)
        else:
            total -= 1
    return total


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


mon.set_events(TOOL, E.PY_START | E.PY_RETURN)
loop(3)
mon.set_events(TOOL, 0)
flush('start and return')

mon.set_events(TOOL, E.LINE)
loop(3)
mon.set_events(TOOL, 0)
flush('lines')

mon.set_local_events(TOOL, square.__code__, E.LINE | E.PY_RETURN)
loop(4)
mon.set_local_events(TOOL, square.__code__, 0)
flush('local events of square')


def disabling_line(code, line):
    log.append(('LINE once', where(code), line - code.co_firstlineno))
    return mon.DISABLE


mon.register_callback(TOOL, E.LINE, disabling_line)
mon.set_events(TOOL, E.LINE)
loop(3)
loop(3)
mon.set_events(TOOL, 0)
flush('disabled after the first time')
mon.set_events(TOOL, E.LINE)
loop(1)
mon.restart_events()
loop(1)
mon.set_events(TOOL, 0)
flush('restart_events re-arms')


def bad_disable(code, offset):
    return mon.DISABLE


mon.register_callback(TOOL, E.PY_START, bad_disable)
mon.set_events(TOOL, E.PY_START)
try:
    square(2)
except ValueError as e:
    print('ValueError', e)
mon.set_events(TOOL, 0)
print(mon.register_callback(TOOL, E.PY_START, None))
