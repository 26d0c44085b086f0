# threading.setprofile_all_threads(f): every live thread and later ones are profiled; None stops them all.
import sys
import threading

logs = {}
lock = threading.Lock()
def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
    with lock:
        logs.setdefault(threading.current_thread().name, []).append((event, name))

def compute(xs):
    return max(xs) + len(xs)

ready = threading.Barrier(3)
go = threading.Event()
def worker():
    ready.wait()
    go.wait()
    compute([1, 2])

ts = [threading.Thread(target=worker, name="live%d" % i) for i in range(2)]
for t in ts: t.start()
ready.wait()
threading.setprofile_all_threads(profiler)
print(sys.getprofile() is profiler, threading.getprofile() is profiler)
go.set()
for t in ts: t.join()
later = threading.Thread(target=compute, args=([5],), name="later")
later.start(); later.join()
threading.setprofile_all_threads(None)
compute([0])
print(sys.getprofile(), threading.getprofile())
for name in sorted(logs):
    print(name, logs[name])
