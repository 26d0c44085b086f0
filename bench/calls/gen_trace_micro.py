# The cost of one generator resume/yield pair under tracing (issue 9, generators): ns per item
# of `for x in g` over a generator yielding n items (settrace: 'call' on each resume, 'line',
# 'return' with the yielded value), a generator expression into sum(), and `yield from`;
# untraced, under sys.settrace with a Python function that returns itself and under
# sys.setprofile; main-thread CPU time, fastest of 12 rounds after 8 warm-up rounds.
#   pyjama bench/calls/gen_trace_micro.py [N]    bench/calls/ab-micro OTHER_PYJAMA bench/calls/gen_trace_micro.py 100000
import sys, time
def tr(frame, event, arg):
    return tr
def prof(frame, event, arg):
    pass
def gen(n):
    for i in range(n):
        yield i
def loop(n):
    for x in gen(n):
        pass
def genexp(n):
    return sum(x for x in range(n))
def inner(n):
    yield from gen(n)
def yfrom(n):
    for x in inner(n):
        pass
def bench(fn, n, setup, rounds=12, warm=8):
    best = 1e9
    for r in range(warm + rounds):
        setup[0](setup[1])
        t = time.thread_time()
        fn(n)
        t = time.thread_time() - t
        setup[0](None)
        if r >= warm: best = min(best, t)
    return best * 1e9 / n
n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
for name, fn in (("gen", loop), ("genexp", genexp), ("yieldfrom", yfrom)):
    for mode, setup in (("untraced", (sys.settrace, None)), ("settrace", (sys.settrace, tr)), ("setprofile", (sys.setprofile, prof))):
        print("%s_%s %.1f" % (name, mode, bench(fn, n, setup)))
