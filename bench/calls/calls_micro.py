# Python-to-Python call costs (issue 9): nanoseconds per call of each kind, main-thread CPU
# time (time.thread_time), the fastest of ROUNDS rounds after WARM warm-up rounds, the empty
# loop's time subtracted. Run by bench/calls/run (pyjama and CPython 3.13 side by side).
import sys, time

def one(x):
    return x

def two(x, y):
    return x

def dflt(x, y=1):
    return x

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

class C:
    def m(self, x):
        return x

def outer():
    k = 1
    def inner(x):
        return x + k
    return inner

closure = outer()

def gen(n):
    for i in range(n):
        yield i

def empty(n):
    for i in range(n):
        pass

def call_one(n):
    for i in range(n):
        one(i)

def call_two(n):
    for i in range(n):
        two(i, i)

def call_dflt(n):
    for i in range(n):
        dflt(i)

def call_method(n):
    c = C()
    for i in range(n):
        c.m(i)

def call_bound(n):
    m = C().m
    for i in range(n):
        m(i)

def call_closure(n):
    f = closure
    for i in range(n):
        f(i)

def gen_next(n):
    for i in gen(n):
        pass

def gen_sum(n):
    # a builtin (sum) consuming a generator expression: the generator resumed from Java
    sum(i for i in range(n))

def recursion(n):
    # fib(k) makes fib(k+1)*2-1 calls: 21891 for k=20
    for i in range(n // 21891):
        fib(20)

CASES = [("one_arg", call_one), ("two_args", call_two), ("default_arg", call_dflt),
         ("method", call_method), ("bound_method", call_bound), ("closure", call_closure),
         ("generator", gen_next), ("genexp_sum", gen_sum), ("fib", recursion)]

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
        calls = (n // 21891) * 21891 if name == "fib" else n
        extra = 0 if name == "fib" else base
        print("%s %.2f" % (name, (t - extra) / calls * 1e9))

main()
