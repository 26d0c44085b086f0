# Callbacks that raise, change the events, free their own tool, set local events on the code
# that is running, call restart_events, or run code themselves (no event fires inside a
# callback); several tools at once are called highest id first. Afterwards the same code runs
# untraced with the same results.
import sys

mon = sys.monitoring
E = mon.events
log = []


def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def show(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


for tool, name in ((0, 'debugger'), (2, 'profiler'), (5, 'optimizer')):
    mon.use_tool_id(tool, name)
    mon.register_callback(tool, E.PY_START, lambda code, off, name=name: log.append((name, 'start', code.co_name)))
    mon.set_events(tool, E.PY_START)
work(2)
for tool in (0, 2, 5):
    mon.set_events(tool, 0)
show('three tools, highest id first')


def raising_line(code, line):
    if code.co_name != 'work':
        return
    log.append(('line', code.co_name, line - code.co_firstlineno))
    raise RuntimeError('line callback failed')


mon.register_callback(0, E.LINE, raising_line)
mon.set_events(0, E.LINE)
try:
    work(3)
except RuntimeError as e:
    log.append(('caught', str(e)))
mon.set_events(0, 0)
show('a LINE callback that raises')


def switching(code, offset):
    log.append(('start', code.co_name))
    mon.set_events(0, E.PY_RETURN)


mon.register_callback(0, E.PY_START, switching)
mon.register_callback(0, E.PY_RETURN, lambda code, off, value: log.append(('return', code.co_name, value)))
mon.set_events(0, E.PY_START)
work(2)
work(3)
mon.set_events(0, 0)
show('a callback that changes the events')


def freeing(code, offset):
    log.append(('start then free', code.co_name))
    mon.set_events(2, 0)
    mon.free_tool_id(2)


mon.register_callback(2, E.PY_START, freeing)
mon.set_events(2, E.PY_START)
work(1)
work(1)
show('a callback that frees its tool')
print(mon.get_tool(2))


def local_on_running(code, offset):
    log.append(('start', code.co_name))
    mon.set_local_events(0, code, E.LINE)


mon.register_callback(0, E.PY_START, local_on_running)
mon.register_callback(0, E.LINE, lambda code, line: log.append(('line', code.co_name, line - code.co_firstlineno)))
mon.set_events(0, E.PY_START)
work(2)
mon.set_events(0, 0)
mon.set_local_events(0, work.__code__, 0)
show('set_local_events on the running code')


def restarting(code, line):
    log.append(('line', line - code.co_firstlineno))
    mon.restart_events()
    return mon.DISABLE


mon.register_callback(0, E.LINE, restarting)
mon.set_events(0, E.LINE)
work(2)
mon.set_events(0, 0)
show('restart_events inside a DISABLE callback')


def calling(code, offset):
    log.append(('start', code.co_name))
    work(1)  # no event inside a callback


mon.register_callback(0, E.PY_START, calling)
mon.set_events(0, E.PY_START)
work(1)
mon.set_events(0, 0)
show('events do not nest')
print(work(10), [work(i) for i in range(5)])
