# cProfile.Profile as a context manager, and enable/disable around parts of a program.
import cProfile
import pstats
from _clients import print_stats


def a():
    return b() + b()


def b():
    return 1


with cProfile.Profile() as p:
    a()
print_stats(pstats.Stats(p).stats)

q = cProfile.Profile()
a()
q.enable()
b()
q.disable()
a()
q.enable()
a()
q.disable()
print_stats(pstats.Stats(q).stats)
