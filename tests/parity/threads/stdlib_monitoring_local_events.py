# set_local_events on one function's code: LINE and CALL events for it arrive from every thread calling it.
import sys
import threading

mon = sys.monitoring
TOOL = 3
mon.use_tool_id(TOOL, "local")
lines = {}
calls = {}
lock = threading.Lock()
def on_line(code, line):
    with lock:
        lines.setdefault(threading.current_thread().name, []).append(line - target.__code__.co_firstlineno)
def on_call(code, offset, callable, arg0):
    with lock:
        calls.setdefault(threading.current_thread().name, []).append(getattr(callable, "__name__", "?"))
mon.register_callback(TOOL, mon.events.LINE, on_line)
mon.register_callback(TOOL, mon.events.CALL, on_call)

def target(x):
    a = abs(x)
    b = min(a, 3)
    return a + b

def other(x):
    return abs(x)

mon.set_local_events(TOOL, target.__code__, mon.events.LINE | mon.events.CALL)
print(mon.get_local_events(TOOL, target.__code__) == mon.events.LINE | mon.events.CALL)
def worker(i):
    target(-i)
    other(i)
ts = [threading.Thread(target=worker, args=(i,), name="w%d" % i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
target(5)
mon.set_local_events(TOOL, target.__code__, 0)
target(6)
mon.free_tool_id(TOOL)
for name in sorted(lines):
    print(name, lines[name], calls.get(name))
