# cProfile: PY_UNWIND leaves a raising function; C_RAISE leaves a built-in that raised.
import cProfile
import pstats
from _clients import print_stats


def parse(s):
    return int(s)


def safe(s):
    try:
        return parse(s)
    except ValueError:
        return None


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    deep(n - 1)


def main():
    vals = [safe(s) for s in ("1", "x", "22", "")]
    try:
        deep(3)
    except LookupError:
        vals.append("deep")
    return vals


p = cProfile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
