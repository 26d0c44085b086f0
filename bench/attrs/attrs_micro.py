# Instance attribute costs (issue 9): nanoseconds per operation of each kind. Each loop iteration
# runs the operation ten times; the same loop running ten LOAD_FASTs is subtracted, so what is
# left is the operation's cost over a LOAD_FAST (create: the whole class call). Main-thread CPU
# time (time.thread_time), the fastest of 15 rounds after a warm-up. Run by bench/attrs/run
# (pyjama and CPython 3.13 side by side).
import sys, time
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self): pass
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class K:
    c = 1
def base(n):
    p = P(1, 2)
    for i in range(n):
        p; p; p; p; p; p; p; p; p; p
def load(n):
    p = P(1, 2)
    for i in range(n):
        p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x
def store(n):
    p = P(1, 2)
    for i in range(n):
        p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i
def slot_load(n):
    p = S(1, 2)
    for i in range(n):
        p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x; p.x
def slot_store(n):
    p = S(1, 2)
    for i in range(n):
        p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i; p.x = i
def class_const(n):
    p = K()
    for i in range(n):
        p.c; p.c; p.c; p.c; p.c; p.c; p.c; p.c; p.c; p.c
def method_call(n):
    p = P(1, 2)
    for i in range(n):
        p.m(); p.m(); p.m(); p.m(); p.m(); p.m(); p.m(); p.m(); p.m(); p.m()
def create(n):
    for i in range(n):
        P(i, i); P(i, i); P(i, i); P(i, i); P(i, i); P(i, i); P(i, i); P(i, i); P(i, i); P(i, i)
def best(f, n):
    b = 1e9
    for k in range(15):
        t = time.thread_time(); f(n); b = min(b, time.thread_time() - t)
    return b
cases = (load, store, slot_load, slot_store, class_const, method_call, create)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
for f in (base,) + cases:
    best(f, n // 3)
b = best(base, n)
for f in cases:
    print(f.__name__, "%.2f" % ((best(f, n) - b) / (10 * n) * 1e9))
