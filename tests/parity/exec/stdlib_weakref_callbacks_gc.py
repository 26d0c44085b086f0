# weakref callbacks, weakref.finalize and the weak containers once gc.collect() has collected the referent
import gc, weakref

class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"

def cb(r):
    print("callback", type(r).__name__, r() is None)

x = Obj("x")
r1 = weakref.ref(x, cb)
r2 = weakref.ref(x, lambda r: print("second callback"))
del x
gc.collect()
print("after collect", r1() is None, r1.__callback__)

# a ref dropped before its referent: no callback
y = Obj("y")
weakref.ref(y, lambda r: print("never"))
del y
gc.collect()

# finalize
z = Obj("z")
f = weakref.finalize(z, print, "finalized", 1)
print("alive", f.alive)
del z
gc.collect()
print("alive", f.alive)

# finalize detach/call
w = Obj("w")
f2 = weakref.finalize(w, print, "f2 called")
print(f2())
print(f2())
print(f2.alive)

# WeakValueDictionary, WeakKeyDictionary, WeakSet
d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs: d[o.name] = o
print(sorted(d.keys()))
del objs[1:3]
gc.collect()
print(sorted(d.keys()), len(d))

k = weakref.WeakKeyDictionary()
a, b = Obj("a"), Obj("b")
k[a] = 1; k[b] = 2
del a
gc.collect()
print([o.name for o in k.keys()], len(k))

s = weakref.WeakSet()
p, q = Obj("p"), Obj("q")
s.add(p); s.add(q)
del q
gc.collect()
print([o.name for o in s], len(s))

# callback that raises
t = Obj("t")
def bad(r): raise ValueError("boom")
rb = weakref.ref(t, bad)
del t
gc.collect()
print("end")
