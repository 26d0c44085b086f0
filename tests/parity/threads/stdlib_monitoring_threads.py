# sys.monitoring is per interpreter: a PY_START/PY_RETURN callback sees the events of every thread.
import sys
import threading

mon = sys.monitoring
TOOL = 2
mon.use_tool_id(TOOL, "threads")
logs = {}
lock = threading.Lock()
def record(kind):
    def cb(code, offset, *rest):
        if code.co_filename == __file__:
            with lock:
                logs.setdefault(threading.current_thread().name, []).append((kind, code.co_name))
    return cb
mon.register_callback(TOOL, mon.events.PY_START, record("start"))
mon.register_callback(TOOL, mon.events.PY_RETURN, record("return"))

def leaf(x):
    return x + 1
def work(n):
    return sum(leaf(i) for i in range(n))

ready = threading.Barrier(4)
def worker(n):
    ready.wait()
    work(n)

ts = [threading.Thread(target=worker, args=(i,), name="t%d" % i) for i in range(1, 4)]
for t in ts: t.start()
mon.set_events(TOOL, mon.events.PY_START | mon.events.PY_RETURN)
ready.wait()
for t in ts: t.join()
mon.set_events(TOOL, 0)
work(1)
mon.free_tool_id(TOOL)
for name in sorted(logs):
    print(name, logs[name])
