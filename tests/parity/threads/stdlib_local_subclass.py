# A subclass of threading.local: __init__ runs again in each thread with the constructor's arguments.
import threading

inits = []
class Ctx(threading.local):
    level = "class"
    def __init__(self, start):
        inits.append(threading.current_thread().name)
        self.items = [start]
    def push(self, x):
        self.items.append(x)
        return len(self.items)

ctx = Ctx("s")
out = {}
def worker(name):
    for i in range(3):
        ctx.push(i)
    out[name] = (list(ctx.items), ctx.level)

ts = [threading.Thread(target=worker, args=("t%d" % i,), name="t%d" % i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(out):
    print(k, out[k])
print(ctx.items, sorted(inits))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
