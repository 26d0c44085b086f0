# Two callback refs to one object die in a collection the program did not ask for (a young
# collection while it allocates): their callbacks still run newest first, both in one go.
import weakref

class Obj:
    pass

out = []
for i in range(100):
    x = Obj()
    r1 = weakref.ref(x, lambda r: out.append(1))
    r2 = weakref.ref(x, lambda r: out.append(2))
    del x
    junk = [[j] for j in range(100000)]  # in pyjama, young collections
    del junk
    for k in range(10000):               # eval-breaker checks: a pending callback runs here
        pass
print("callbacks run in pairs:", len(out) % 2 == 0)
print("pairs out of order:", sum(1 for a, b in zip(out[::2], out[1::2]) if (a, b) != (2, 1)))
