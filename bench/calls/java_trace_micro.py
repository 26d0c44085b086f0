# The tracing machinery's own cost per event, without a Python trace function (issue 9): ns per
# loop iteration of generator, call, line, yield-from and generator-expression loops, untraced
# and under a Java TraceFunction that ignores its events (SuiteRunner's _pyjama_java_settrace),
# main-thread CPU time, the fastest of 19 rounds after 11 warm-up rounds. pyjama only:
#   PYJAMA_MAIN_CLASS=dev.pyjama.tools.SuiteRunner ./pyjama bench/calls/java_trace_micro.py
# Events per iteration (sys.settrace, the same in CPython): gen 6 (call, 2 lines, return in the
# generator, 2 lines in the loop), calls 5, lines 2, yfrom 8, genexp 3 (call, line, return).
import sys, time
def gen(n):
    for i in range(n):
        yield i
def loop(n):
    for x in gen(n):
        pass
def one(x):
    return x
def calls(n):
    for i in range(n):
        one(i)
def lines(n):
    i = 0
    while i < n:
        i += 1
def inner(n):
    yield from gen(n)
def yfrom(n):
    for x in inner(n):
        pass
def genexp(n):
    return sum(x for x in range(n))
for name, fn in (("gen", loop), ("calls", calls), ("lines", lines), ("yfrom", yfrom), ("genexp", genexp)):
    for mode in ("untraced", "java"):
        best = 1
        for r in range(30):
            if mode == "java": _pyjama_java_settrace()
            t = time.thread_time(); fn(100000); t = time.thread_time() - t
            sys.settrace(None)
            if r > 10: best = min(best, t)
        print("%s_%s %.1f" % (name, mode, best * 1e9 / 100000))
