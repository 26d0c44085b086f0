# math.hypot/math.dist (CPython's own vector_norm) and math.fma: float.hex() of results.
import math, random

rng = random.Random(77)

def show(name, f, *args):
    try:
        print(name, f(*args).hex())
    except (ValueError, OverflowError, TypeError) as e:
        print(name, type(e).__name__, e)

for _ in range(200):
    n = rng.randint(2, 6)
    v = [rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, 60) for _ in range(n)]
    w = [rng.uniform(-1, 1) * 2.0 ** rng.randint(-60, 60) for _ in range(n)]
    show('hypot', math.hypot, *v)
    show('hypot2', math.hypot, rng.uniform(-10, 10), rng.uniform(-10, 10))
    show('dist', math.dist, v, w)
    show('fma', math.fma, rng.uniform(-10, 10), rng.uniform(-10, 10), rng.uniform(-100, 100))

for args in [(), (3.0,), (-3.0,), (3, 4), (0.0, -0.0), (5e-324, 5e-324), (1e-310, 3e-310, 1e-320),
             (1e308, 1e308), (math.inf, math.nan), (math.nan, 1.0), (-math.inf, 1.0),
             (1.7976931348623157e308, 1.7976931348623157e308)]:
    show('hypot', math.hypot, *args)
show('dist', math.dist, (1, 2, 3), (4, 6, 3))
show('dist', math.dist, (1.0,), (1.0, 2.0))
for args in [(2.0, 3.0, 4.0), (1e308, 10.0, 0.0), (math.inf, 0.0, 1.0), (math.inf, 1.0, -math.inf),
             (math.nan, 1.0, 1.0), (0.1, 10.0, -1.0), (-0.0, 0.0, -0.0), (1, 2, 3), ('x', 1, 2)]:
    show('fma', math.fma, *args)
