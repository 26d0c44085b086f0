# A sys.monitoring tool and sys.settrace in a worker thread at once: the tool sees every thread,
# the trace function only its own thread.
import sys
import threading

mon = sys.monitoring
TOOL = 5
mon.use_tool_id(TOOL, "both")
starts = {}
traced = {}
lock = threading.Lock()
def on_start(code, offset):
    if code.co_filename == __file__:
        with lock:
            starts.setdefault(threading.current_thread().name, []).append(code.co_name)
mon.register_callback(TOOL, mon.events.PY_START, on_start)

def tracer(frame, event, arg):
    if frame.f_code.co_filename == __file__ and event == "call":
        with lock:
            traced.setdefault(threading.current_thread().name, []).append(frame.f_code.co_name)
    return None

def f(): return g()
def g(): return 1

def traced_worker():
    sys.settrace(tracer)
    f()
    sys.settrace(None)

mon.set_events(TOOL, mon.events.PY_START)
a = threading.Thread(target=traced_worker, name="traced")
b = threading.Thread(target=f, name="plain")
a.start(); b.start()
a.join(); b.join()
mon.set_events(TOOL, 0)
mon.free_tool_id(TOOL)
print("monitoring:", sorted(starts.items()))
print("settrace:", sorted(traced.items()))
