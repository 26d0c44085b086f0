# threading.settrace(f): threads started afterwards are traced, the calling thread and older threads are not.
import sys
import threading

logs = {}
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    logs.setdefault(threading.current_thread().name, []).append(
        (event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno,
         arg if event == "return" else None))
    return tracer

def square(x):
    y = x * x
    return y

gate = threading.Event()
def early():
    gate.wait()
    square(5)

old = threading.Thread(target=early, name="old")
old.start()
threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
new = [threading.Thread(target=square, args=(i,), name="new%d" % i) for i in range(2)]
for t in new: t.start()
for t in new: t.join()
square(9)
gate.set()
old.join()
threading.settrace(None)
late = threading.Thread(target=square, args=(7,), name="late")
late.start(); late.join()
for name in sorted(logs):
    print(name)
    for entry in logs[name]:
        print("  ", entry)
