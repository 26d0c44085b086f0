# RLock: reentrant acquire by the owner, release counts, and release by a thread that does not own it.
import threading

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release()
print(r._is_owned())
r.release()
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with")

out = []
r.acquire()
def other():
    out.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        out.append("RuntimeError: %s" % e)
    out.append(r.acquire(timeout=0.01))
t = threading.Thread(target=other)
t.start(); t.join()
r.release()
print(out)

def deep(n):
    with r:
        return 0 if n == 0 else 1 + deep(n - 1)
results = {}
def run(name):
    results[name] = deep(20)
ts = [threading.Thread(target=run, args=(str(i),)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
