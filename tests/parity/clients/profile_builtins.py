# profile.Profile: built-in functions and methods appear as c_call entries.
import profile
import pstats
from _clients import print_stats


def main():
    data = []
    for i in range(5):
        data.append(i * 3 % 7)
    d = {}
    for k in data:
        d[k] = d.get(k, 0) + 1
    return sorted(data), len(d), max(data), "-".join(map(str, data)), divmod(17, 5)


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
