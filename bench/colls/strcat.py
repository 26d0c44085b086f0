# s += t in a loop (docs/notes/s10-colls.md, s11-strs.md): seconds for 1,000 / 10,000 / 100,000 / 1,000,000 steps, best of 5.
import time, sys
def cat(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s
for n in (1000, 10000, 100000, 1000000):
    best = 1e9
    for r in range(5):
        t0 = time.thread_time(); cat(n); best = min(best, time.thread_time() - t0)
    print(n, "%.5f s" % best, flush=True)
