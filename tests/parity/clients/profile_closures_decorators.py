# profile.Profile: decorators' wrappers, closures, lambdas and comprehensions.
import profile
import pstats
from _clients import print_stats


def logged(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def add(a, b):
    return a + b


def make_counter():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    return step


def main():
    c = make_counter()
    vals = [add(i, c()) for i in range(4)]
    key = lambda v: -v
    return sorted(vals, key=key), {v: v * v for v in vals if v % 2}


p = profile.Profile()
print(p.runcall(main))
print_stats(pstats.Stats(p).stats)
