# Comprehension/loop micro (docs/notes/s10-colls.md): which part of [c for c in unit if d in cands[c]] costs what.
import time, sys, os
DIG = frozenset(range(1, 10))
cands = [DIG] * 81
unit = list(range(9))
def lc_plain(n):
    for i in range(n):
        p = [c for c in unit]
def lc_empty(n):
    for i in range(n):
        p = []
def lc_in_const(n):
    for i in range(n):
        p = [c for c in unit if 4 in DIG]
def lc_in_sub(n):
    for i in range(n):
        p = [c for c in unit if 4 in cands[c]]
def loop_in_sub(n):
    for i in range(n):
        for c in unit:
            if 4 in cands[c]: pass
def loop_plain(n):
    for i in range(n):
        for c in unit:
            pass
def loop_sub(n):
    for i in range(n):
        for c in unit:
            cands[c]
TESTS = [lc_empty, lc_plain, lc_in_const, lc_in_sub, loop_plain, loop_sub, loop_in_sub]
only = sys.argv[1:]
for f in TESTS:
    n = 100000
    if only and f.__name__ not in only: continue
    best = 1e9
    for r in range(int(os.environ.get("ROUNDS", "12"))):
        t0 = time.thread_time(); f(n); best = min(best, time.thread_time() - t0)
    print("%-12s %7.1f ns/iter" % (f.__name__, best / n * 1e9), flush=True)
