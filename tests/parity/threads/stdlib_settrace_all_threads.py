# threading.settrace_all_threads(f): every live thread (including the caller) and threads started later.
import sys
import threading

logs = {}
lock = threading.Lock()
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    with lock:
        logs.setdefault(threading.current_thread().name, []).append(
            (event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def step(x):
    y = x + 1
    return y

ready = threading.Barrier(4)
go = threading.Event()
gettraces = {}
def worker():
    ready.wait()
    go.wait()
    step(1)
    gettraces[threading.current_thread().name] = sys.gettrace() is tracer

ts = [threading.Thread(target=worker, name="live%d" % i) for i in range(3)]
for t in ts: t.start()
ready.wait()
threading.settrace_all_threads(tracer)
print(sys.gettrace() is tracer, threading.gettrace() is tracer)
go.set()
for t in ts: t.join()
later = threading.Thread(target=step, args=(10,), name="later")
later.start(); later.join()
step(0)
threading.settrace_all_threads(None)
step(100)
print(sys.gettrace(), threading.gettrace())
print(sorted(gettraces.items()))
for name in sorted(logs):
    print(name)
    for entry in logs[name]:
        print("  ", entry)
