# profile.Profile on a recursive function: total and primitive call counts, callers.
import profile
import pstats
from _clients import print_stats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    return [fib(i) for i in range(7)]


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
