# pstats on profile.Profile data: print_callers and print_callees, times masked.
import profile
import pstats
import io
from _clients import mask


def leaf(x):
    return x + 1


def branch(x):
    return leaf(x) + leaf(x * 2)


def main():
    return [branch(i) for i in range(3)] + [leaf(9)]


p = profile.Profile()
p.runcall(main)
out = io.StringIO()
st = pstats.Stats(p, stream=out)
st.strip_dirs().sort_stats("nfl")
st.print_callers()
st.print_callees()
st.print_stats("leaf|branch")
print(mask(out.getvalue()))
