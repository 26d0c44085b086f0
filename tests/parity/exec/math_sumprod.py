# math.sumprod: the exact-int path, the triple-length float path (int/float and bool pairs too),
# and the generic path, switching as CPython's does; and statistics, which needs it.
import math, random
from fractions import Fraction
from decimal import Decimal

print(math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([], []), math.sumprod(iter([2]), (3,)))
print(math.sumprod([0.1] * 10, [1] * 10), sum([0.1] * 10), math.sumprod([1e100, 1.0, -1e100], [1.0, 1.0, 1.0]))
print(math.sumprod([True, False, True], [0.5, 2.0, 0.25]), math.sumprod([2**62, 2**62], [2, 2]))
def show(p, q):
    try:
        print(repr(math.sumprod(p, q)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
show([2**70, 3], [2, 0.5])
show([1.5, 2**1100], [2.0, 1.0])
show([1e308, 1e308], [10.0, 1.0])
show([float('inf'), 1.0], [1.0, -1.0])
show([1e308, -1e308, 5.0], [10.0, 10.0, 1.0])
show([float('nan'), 1.0], [1.0, 2.0])
print(math.sumprod([Fraction(1, 3), 2], [3, Fraction(1, 2)]), math.sumprod([Decimal('0.1'), 2], [3, 4]))
print(math.sumprod([1, 2.5, 3, Fraction(1, 2), 4.0], [2, 2, 2, 2, 2]))
for bad in (([1, 2], [1]), ([1], [1, 2]), (1, [1]), (['a'], [2]), (['a'], ['b'])):
    try:
        print(math.sumprod(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    math.sumprod([1])
except TypeError as e:
    print('TypeError', e)
rng = random.Random(7)
for trial in range(300):
    n = rng.randrange(0, 40)
    def item():
        k = rng.random()
        if k < 0.35: return rng.uniform(-1e6, 1e6) * 10.0 ** rng.randrange(-20, 20)
        if k < 0.6: return rng.randrange(-10**6, 10**6)
        if k < 0.65: return rng.randrange(-2**80, 2**80)
        if k < 0.7: return rng.random() < 0.5
        if k < 0.75: return Fraction(rng.randrange(-9, 9), rng.randrange(1, 9))
        return rng.random()
    p = [item() for _ in range(n)]
    q = [item() for _ in range(n)]
    r = math.sumprod(p, q)
    print(trial, type(r).__name__, repr(r))
import statistics
data = [rng.uniform(4, 16) for _ in range(50)]  # not gauss: libm cos/log results may differ in the last bit
other = [x * 2 + rng.random() for x in data]
print(statistics.correlation(data, other), statistics.covariance(data, other))
print(statistics.linear_regression(data, other), statistics.fmean(data, weights=other))
