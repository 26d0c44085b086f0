# cProfile: built-in functions and methods (bound, and method descriptors called with self).
import cProfile
import pstats
from _clients import print_stats


def main():
    items = []
    for i in range(4):
        items.append(i)
        list.append(items, -i)
    d = dict.fromkeys("ab", 0)
    d.setdefault("c", 1)
    s = ",".join(str(x) for x in items)
    return len(s), sorted(items), d.get("a"), str.upper("x"), isinstance(d, dict)


p = cProfile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
