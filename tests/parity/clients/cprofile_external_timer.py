# _lsprof with an external timer: a counter that ticks once per reading, so every "time"
# is a count of profiler events, the same on every run and interpreter.
import cProfile
import pstats
import io

ticks = 0


def clock():
    global ticks
    ticks += 1
    return ticks


def leaf():
    return 1


def mid():
    return leaf() + leaf()


def top():
    return [mid() for _ in range(3)]


p = cProfile.Profile(clock, 0.5)
p.runcall(top)
for func, (cc, nc, tt, ct, callers) in sorted(pstats.Stats(p).stats.items(), key=lambda kv: kv[0][2]):
    print(func[2], cc, nc, tt, ct, sorted((c[2], v) for c, v in callers.items()))
out = io.StringIO()
pstats.Stats(p, stream=out).sort_stats("nfl").print_stats()
print(out.getvalue().split("\n", 1)[1].replace(__file__, "FILE"))
