# profile.Profile: mutual recursion (is_even / is_odd) counts as recursive calls of both.
import profile
import pstats
from _clients import print_stats


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def main():
    return [is_even(k) for k in (0, 3, 6)]


p = profile.Profile()
print(p.runcall(main))
st = pstats.Stats(p)
print_stats(st.stats)
print(st.total_calls, st.prim_calls)
