# A barrier wait that times out breaks the barrier for the others too; an action that raises breaks it.
import threading

b = threading.Barrier(3, timeout=0.05)
res = []
def lone():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        res.append("broken")
t = threading.Thread(target=lone)
t.start(); t.join()
print(res, b.broken)

def bad_action():
    raise KeyError("action")
b2 = threading.Barrier(2, action=bad_action)
out = []
def party():
    try:
        b2.wait()
        out.append("ok")
    except threading.BrokenBarrierError:
        out.append("broken")
    except KeyError as e:
        out.append("KeyError %s" % e)
ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b2.broken)
