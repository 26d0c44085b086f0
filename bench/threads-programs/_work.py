# The CPU-bound work every threads benchmark program runs: recursive calls, integer loops and
# a dict, sized to take about 0.6 s in CPython 3.13.
# Each program times REPEAT passes of the work and reports the fastest (the JIT's warm-up,
# which importing threading's dependencies lengthens in pyjama, stays out of the comparison).
REPEAT = 6


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def loops(n):
    total = 0
    d = {}
    for i in range(n):
        total += i * i % 7
        d[i % 100] = total
    return total + len(d)


def work(share=1.0):
    """One unit of work (or the given fraction of it); returns a checksum."""
    r = 0
    for _ in range(int(8 * share)):
        r += fib(23)
    return r + loops(int(1_200_000 * share))
