# Micro timings of the container/string operations of constraint_solver (docs/notes/s10-colls.md):
# best of ROUNDS (default 12) thread-time rounds, ns per loop iteration. Args: test names to run.
import time, sys
DIG = frozenset(range(1, 10))
cands = [DIG] * 81
unit = list(range(9))
ONE = frozenset([5])
def t_sub(n):
    fs = DIG
    for i in range(n):
        x = fs - {i % 9}
def t_in(n):
    fs = DIG
    for i in range(n):
        x = 3 in fs
        x = 11 in fs
def t_iter(n):
    fs = DIG
    for i in range(n):
        for x in fs:
            pass
def t_lc(n):
    for i in range(n):
        places = [c for c in unit if 4 in cands[c]]
def t_min(n):
    for i in range(n):
        m = min((len(c), i) for i, c in enumerate(cands[:9]) if len(c) > 1)
def t_all(n):
    for i in range(n):
        a = all(len(c) == 9 for c in cands[:9])
def t_sorted(n):
    fs = DIG
    for i in range(n):
        s = sorted(fs)
def t_list(n):
    for i in range(n):
        s = list(cands)
def t_unpack(n):
    fs = ONE
    for i in range(n):
        (only,) = fs
def t_strjoin(n):
    for i in range(n):
        s = "".join(str(next(iter(c))) for c in cands[:9])
TESTS = [(t_sub, 200000), (t_in, 300000), (t_iter, 100000), (t_lc, 100000), (t_min, 30000), (t_all, 100000),
         (t_sorted, 100000), (t_list, 100000), (t_unpack, 300000), (t_strjoin, 30000)]
only = sys.argv[1:]
for f, n in TESTS:
    if only and f.__name__ not in only: continue
    best = 1e9
    for r in range(int(__import__("os").environ.get("ROUNDS", "12"))):
        t0 = time.thread_time(); f(n); best = min(best, time.thread_time() - t0)
    print("%-10s %7.1f ns/iter" % (f.__name__, best / n * 1e9), flush=True)
