# After settrace_all_threads(None) no thread receives another event, even threads still running.
import sys
import threading

count = {}
lock = threading.Lock()
def tracer(frame, event, arg):
    with lock:
        name = threading.current_thread().name
        count[name] = count.get(name, 0) + 1
    return tracer

def spin(n):
    t = 0
    for i in range(n):
        t += i
    return t

phase = threading.Barrier(4)
states = {}
def worker():
    phase.wait()          # 1: tracing is on
    spin(10)
    phase.wait()          # 2: main turns tracing off
    phase.wait()          # 3: off now
    with lock:
        before = count.get(threading.current_thread().name, 0)
    spin(50)
    with lock:
        states[threading.current_thread().name] = (before > 0, count.get(threading.current_thread().name, 0) == before,
                                                   sys.gettrace())

ts = [threading.Thread(target=worker, name="w%d" % i) for i in range(3)]
for t in ts: t.start()
threading.settrace_all_threads(tracer)
phase.wait()
phase.wait()
threading.settrace_all_threads(None)
phase.wait()
for t in ts: t.join()
for k in sorted(states):
    print(k, states[k])
print(sys.gettrace(), threading.gettrace())
