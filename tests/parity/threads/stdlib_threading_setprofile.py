# threading.setprofile(f): threads started afterwards are profiled (call, return, c_call, c_return).
import sys
import threading

logs = {}
def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    logs.setdefault(threading.current_thread().name, []).append((event, name))

def helper(xs):
    return sorted(xs)

def work(xs):
    helper(xs)
    return len(xs)

threading.setprofile(profiler)
print(threading.getprofile() is profiler, sys.getprofile())
ts = [threading.Thread(target=work, args=([3, 1, 2],), name="p%d" % i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
work([1])
threading.setprofile(None)
for name in sorted(logs):
    print(name, logs[name])
