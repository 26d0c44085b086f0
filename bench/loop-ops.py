# Per-operation cost in a loop (docs/notes/s10-loops.md): each function runs one operation
# n times; best of 12 rounds by main-thread CPU time, printed in ns per iteration above the
# empty loop (`base`, printed as itself). Run with pyjama and CPython:
#   ./pyjama bench/loop-ops.py [NAME...]      PYENV_VERSION=3.13.0 python3.13 bench/loop-ops.py
import sys
import time


def base(n):
    for i in range(n): pass
def fdiv(n):
    x = 1.5; y = 2.5
    for i in range(n): z = x / y
def fpow(n):
    x = 1.5
    for i in range(n): z = x ** 0.5
def imod(n):
    x = 12345; y = 1009
    for i in range(n): z = x % y
def iand(n):
    x = 12345
    for i in range(n): z = x & 1
def ishr(n):
    x = 12345
    for i in range(n): z = x >> 1
def ifloordiv(n):
    x = 12345
    for i in range(n): z = x // 7
def unpack2(n):
    t = (1, 2)
    for i in range(n): a, b = t
def forlist(n):
    L = [1] * n
    for x in L: pass
def listiadd(n):
    L = [1.0, 2.0, 3.0]
    for i in range(n): L[1] += 0.5
def fmixed(n):
    x = 1.5
    for i in range(n): z = x * 2
def cmpf(n):
    x = 1.5; y = 2.5
    for i in range(n): z = x < y
def ineg(n):
    x = 5
    for i in range(n): z = -x
def slc(n):
    L = [1, 2, 3, 4, 5, 6, 7, 8]
    for i in range(n): z = L[3::-1]


fns = [base, fdiv, fpow, imod, iand, ishr, ifloordiv, unpack2, forlist, listiadd, fmixed, cmpf, ineg, slc]
if len(sys.argv) > 1:
    fns = [f for f in fns if f.__name__ in sys.argv[1:] or f is base]
N = 300000
best = {}
for _ in range(12):
    for f in fns:
        t0 = time.thread_time()
        f(N)
        t = time.thread_time() - t0
        best[f.__name__] = min(best.get(f.__name__, 1e9), t)
b = best["base"]
print(" ".join("%s=%.1f" % (k, (v if k == "base" else v - b) / N * 1e9) for k, v in best.items()))
