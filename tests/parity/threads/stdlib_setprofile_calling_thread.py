# sys.setprofile affects only the calling thread: another thread's calls are not profiled.
import sys
import threading

logs = {}
def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    logs.setdefault(threading.current_thread().name, []).append((event, name))

def f(xs):
    return len(xs)

def worker():
    f([1])
    sys.setprofile(profiler)
    f([1, 2])
    sys.setprofile(None)

sys.setprofile(profiler)
t = threading.Thread(target=worker, name="worker")
t.start(); t.join()
f([])
sys.setprofile(None)
for name in sorted(logs):
    print(name, logs[name])
