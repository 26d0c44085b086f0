# Instance attribute costs (issue 9): nanoseconds per operation of each kind, main-thread CPU
# time (time.thread_time), the fastest of ROUNDS rounds after WARM warm-up rounds, the empty
# loop's time subtracted. Run by bench/attrs/run (pyjama and CPython 3.13 side by side).
import sys, time

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def m(self):
        return 1

class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Prop:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x

class Empty:
    pass

def empty(n):
    for i in range(n):
        pass

def load(n):
    p = P(1, 2)
    for i in range(n):
        p.x

def load2(n):
    # a later key of the instance dict
    p = P(1, 2)
    for i in range(n):
        p.y

def store(n):
    p = P(1, 2)
    for i in range(n):
        p.x = i

def method_load(n):
    # LOAD_ATTR's method form: the call itself is in bench/calls
    p = P(1, 2)
    for i in range(n):
        p.m

def class_attr(n):
    p = P(1, 2)
    for i in range(n):
        p.__init__

def slot_load(n):
    s = S(1, 2)
    for i in range(n):
        s.x

def prop_load(n):
    # property getter: includes a Python call
    p = Prop()
    for i in range(n):
        p.x

def create(n):
    for i in range(n):
        P(i, i)

def create_empty(n):
    for i in range(n):
        Empty()

CASES = [("load", load), ("load_2nd", load2), ("store", store), ("method_load", method_load),
         ("bound_method", class_attr), ("slot_load", slot_load), ("property", prop_load),
         ("create_init", create), ("create_empty", create_empty)]

def best(fn, n, rounds):
    t = float("inf")
    for _ in range(rounds):
        t0 = time.thread_time()
        fn(n)
        t = min(t, time.thread_time() - t0)
    return t

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    warm = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    for _ in range(warm):
        for name, fn in CASES:
            fn(n // 10)
        empty(n // 10)
    base = best(empty, n, rounds)
    print("empty_loop %.2f" % (base / n * 1e9))
    for name, fn in CASES:
        t = best(fn, n, rounds)
        print("%s %.2f" % (name, (t - base) / n * 1e9))

main()
