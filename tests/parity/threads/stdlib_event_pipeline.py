# A chain of threads, each waiting for its predecessor's event: the log follows the chain.
import threading

n = 6
events = [threading.Event() for _ in range(n + 1)]
log = []

def stage(i):
    events[i].wait()
    log.append("stage %d (%s)" % (i, threading.current_thread().name))
    events[i + 1].set()

ts = [threading.Thread(target=stage, args=(i,), name="stage-%d" % i) for i in reversed(range(n))]
for t in ts: t.start()
events[0].set()
print(events[n].wait(30))
for t in ts: t.join()
print("\n".join(log))
