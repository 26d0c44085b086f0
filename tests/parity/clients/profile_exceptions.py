# profile.Profile: functions that raise, exceptions caught one and two frames up.
import profile
import pstats
from _clients import print_stats


def check(x):
    if x % 3 == 0:
        raise ValueError(x)
    return x


def middle(x):
    return check(x) * 2


def main():
    out = []
    for i in range(7):
        try:
            out.append(middle(i))
        except ValueError as e:
            out.append(-e.args[0])
    return out


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
