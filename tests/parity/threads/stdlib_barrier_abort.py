# Barrier.abort breaks waiting parties; reset makes it usable again.
import threading

b = threading.Barrier(3)
out = {}
ready = threading.Barrier(3)

def party(name):
    ready.wait()
    try:
        b.wait()
        out[name] = "passed"
    except threading.BrokenBarrierError as e:
        out[name] = type(e).__name__

ts = [threading.Thread(target=party, args=("p%d" % i,)) for i in range(2)]
for t in ts: t.start()
ready.wait()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts: t.join()
print(sorted(out.items()), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("main:", type(e).__name__, e.args)
b.reset()
print(b.broken, b.n_waiting)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
for bad in (0, -1):
    try:
        threading.Barrier(bad)
    except ValueError as e:
        print("ValueError:", e)
