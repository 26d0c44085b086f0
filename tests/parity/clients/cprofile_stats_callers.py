# pstats on cProfile data: print_callers / print_callees (times masked), strip_dirs, filters.
import cProfile
import pstats
import io
from _clients import mask


def leaf(x):
    return abs(x)


def branch(x):
    return leaf(x) + leaf(-x)


def main():
    return [branch(i) for i in range(3)] + [leaf(-9)]


p = cProfile.Profile()
p.runcall(main)
out = io.StringIO()
st = pstats.Stats(p, stream=out)
st.strip_dirs().sort_stats("nfl")
st.print_callers()
st.print_callees()
st.print_stats("leaf|branch")
print(mask(out.getvalue()))
