# A generator created in one thread and resumed in another: call/return events go to the resuming thread's tracer.
import sys
import threading

logs = {}
def tracer(frame, event, arg):
    if frame.f_code.co_name != "gen":
        return None
    logs.setdefault(threading.current_thread().name, []).append((event, arg if event == "return" else None))
    return tracer

def gen():
    yield 1
    yield 2

g = gen()
sys.settrace(tracer)
print(next(g))
sys.settrace(None)
out = []
def resume():
    sys.settrace(tracer)
    out.append(next(g))
    out.append(next(g, "end"))
    sys.settrace(None)
t = threading.Thread(target=resume, name="resumer")
t.start(); t.join()
print(out)
for name in sorted(logs):
    print(name, logs[name])
