# _lsprof with a float timer (seconds, no timeunit): counts of a fixed step.
import cProfile
import pstats

now = 0.0


def clock():
    global now
    now += 0.25
    return now


def f(n):
    return n and f(n - 1)


p = cProfile.Profile(clock)
p.runcall(f, 3)
for func, (cc, nc, tt, ct, callers) in sorted(pstats.Stats(p).stats.items(), key=lambda kv: kv[0][2]):
    print(func[2], cc, nc, tt, ct)
