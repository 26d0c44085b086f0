# pstats.Stats.add merges two profile runs; dump_stats / load through marshal.
import os
import profile
import pstats
import tempfile
from _clients import print_stats


def f(n):
    return [g(i) for i in range(n)]


def g(i):
    return i * 2


p1 = profile.Profile()
p1.runcall(f, 2)
p2 = profile.Profile()
p2.runcall(f, 3)
st = pstats.Stats(p1)
st.add(p2)
print_stats(st.stats)
print(st.total_calls, st.prim_calls)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "out.prof")
    st.dump_stats(path)
    again = pstats.Stats(path)
    print(sorted((k[2], v[1]) for k, v in again.stats.items()))
