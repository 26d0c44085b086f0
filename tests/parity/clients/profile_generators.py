# profile.Profile: a generator's every resumption is a call, every yield a return.
import profile
import pstats
from _clients import print_stats


def countdown(n):
    while n:
        yield n
        n -= 1


def pairs(it):
    for a in it:
        yield a, a * a


def main():
    return list(pairs(countdown(4))) + [sum(countdown(3))]


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
