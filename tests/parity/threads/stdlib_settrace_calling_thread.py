# sys.settrace affects only the thread that calls it: a thread started afterwards is not traced.
import sys
import threading

logs = {}
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    logs.setdefault(threading.current_thread().name, []).append(
        (event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

sys.settrace(tracer)
work(2)
t = threading.Thread(target=work, args=(3,), name="other")
t.start()
t.join()
sys.settrace(None)
for name in sorted(logs):
    print(name)
    for entry in logs[name]:
        print("  ", entry)
print(sys.gettrace(), threading.gettrace())
