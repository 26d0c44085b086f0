# settrace_all_threads(f1) then settrace_all_threads(f2): every thread switches to f2.
import sys
import threading

logs = {}
lock = threading.Lock()
def make(tag):
    def tracer(frame, event, arg):
        if frame.f_code.co_name == "mark" and event == "call":
            with lock:
                logs.setdefault(threading.current_thread().name, []).append(tag)
        return None
    return tracer
f1, f2 = make("f1"), make("f2")

def mark():
    pass

phase = threading.Barrier(3)
def worker():
    phase.wait()
    mark()
    phase.wait()
    phase.wait()
    mark()
    phase.wait()

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(2)]
for t in ts: t.start()
threading.settrace_all_threads(f1)
phase.wait(); mark(); phase.wait()
threading.settrace_all_threads(f2)
phase.wait(); mark(); phase.wait()
for t in ts: t.join()
threading.settrace_all_threads(None)
for name in sorted(logs):
    print(name, logs[name])
