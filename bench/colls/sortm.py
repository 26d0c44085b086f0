# list.sort micro (docs/notes/s10-colls.md): sorted() of 12000 ints, strs, tuples; best of ROUNDS (30) in ms.
import time, sys, os
k = 1
ints = []; strs = []; tups = []; tups2 = []
for i in range(12000):
    k = (k * 48271) % 2147483647
    ints.append(k % 100000); strs.append("n%05d" % (k % 99991)); tups.append((20 + k % 45, "n%05d" % (k % 99991)))
    tups2.append(("d%d" % (k % 17), -(k % 9000), "n%05d" % (k % 99991)))
def s_int(): sorted(ints)
def s_str(): sorted(strs)
def s_tup(): sorted(tups)
def s_tup2(): sorted(tups2)
def s_rev(): sorted(strs, reverse=True)
for f in (s_int, s_str, s_tup, s_tup2, s_rev):
    if sys.argv[1:] and f.__name__ not in sys.argv[1:]: continue
    best = 1e9
    for r in range(int(os.environ.get("ROUNDS", "30"))):
        t0 = time.thread_time(); f(); best = min(best, time.thread_time() - t0)
    print("%-8s %7.3f ms" % (f.__name__, best * 1e3), flush=True)
