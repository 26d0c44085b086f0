# cProfile: generators (PY_RESUME enters, PY_YIELD leaves), generator expressions, send/throw.
import cProfile
import pstats
from _clients import print_stats


def gen(n):
    for i in range(n):
        got = yield i
        if got:
            yield got * 10


def main():
    out = list(gen(3))
    g = gen(5)
    out.append(next(g))
    out.append(g.send(4))
    try:
        g.throw(KeyError("k"))
    except KeyError:
        out.append("thrown")
    out.append(sum(x for x in range(4)))
    return out


p = cProfile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
