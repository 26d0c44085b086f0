# cProfile.Profile (the Java _lsprof) on recursion: total and primitive calls, caller graph.
import cProfile
import pstats
from _clients import print_stats


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    return [fib(i) for i in range(8)]


p = cProfile.Profile()
print(p.runcall(main))
st = pstats.Stats(p)
print_stats(st.stats)
print(st.total_calls, st.prim_calls)
