# The cost of legacy tracing per event (issue 9): nanoseconds per loop iteration of a line-only
# loop (two 'line' events an iteration) and of a call loop (call, line, return in the callee and
# two lines in the caller: five events), untraced, under sys.settrace with a Python function
# that returns itself and under sys.setprofile; main-thread CPU time, the fastest of 12 rounds
# after 8 warm-up rounds. Runs under pyjama and CPython 3.13 alike:
#   pyjama bench/calls/trace_micro.py [N]      bench/calls/ab-micro OTHER_PYJAMA bench/calls/trace_micro.py 100000
import sys, time
def tr(frame, event, arg):
    return tr
def prof(frame, event, arg):
    pass
def one(x):
    return x
def lines(n):
    i = 0
    while i < n:
        i += 1
def calls(n):
    for i in range(n):
        one(i)
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
for name, fn in (("lines", lines), ("calls", calls)):
    for mode, setup in (("untraced", (sys.settrace, None)), ("settrace", (sys.settrace, tr)), ("setprofile", (sys.setprofile, prof))):
        print("%s_%s %.1f" % (name, mode, bench(fn, n, setup)))
