# Each thread's global trace function returns a different local trace function; line events follow.
import sys
import threading

logs = {}
def make_local(tag):
    def local(frame, event, arg):
        logs.setdefault(threading.current_thread().name, []).append(
            (tag, event, frame.f_lineno - frame.f_code.co_firstlineno))
        return local
    return local

def global_tracer(frame, event, arg):
    if frame.f_code.co_name != "compute":
        return None
    return make_local(threading.current_thread().name.upper())

def compute(n):
    acc = []
    for i in range(n):
        acc.append(i)
    return acc

threading.settrace(global_tracer)
ts = [threading.Thread(target=compute, args=(i,), name="t%d" % i) for i in range(1, 4)]
for t in ts: t.start()
for t in ts: t.join()
threading.settrace(None)
for name in sorted(logs):
    print(name)
    for entry in logs[name]:
        print("  ", entry)
