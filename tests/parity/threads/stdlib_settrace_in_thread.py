# sys.settrace called inside a thread traces that thread only; the other threads run untraced.
import sys
import threading

logs = {}
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    logs.setdefault(threading.current_thread().name, []).append((event, frame.f_code.co_name))
    return tracer

def inner(x):
    return x * 2

def worker(trace):
    if trace:
        sys.settrace(tracer)
    try:
        inner(1)
        inner(2)
    finally:
        seen = sys.gettrace() is tracer
        sys.settrace(None)
    logs.setdefault("gettrace", []).append((threading.current_thread().name, seen))

ts = [threading.Thread(target=worker, args=(i % 2 == 0,), name="t%d" % i) for i in range(4)]
for t in ts:
    t.start()
    t.join()
inner(3)
for name in sorted(logs):
    print(name, sorted(logs[name]) if name == "gettrace" else logs[name])
