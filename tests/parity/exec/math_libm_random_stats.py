# random.gauss/normalvariate/expovariate/lognormvariate and statistics, which inherit libm's
# last bits (cos, sin, log, exp, sqrt): printed exactly.
import random, statistics

rng = random.Random(5)
print([rng.gauss(0, 1).hex() for _ in range(40)])
print([rng.normalvariate(3, 2).hex() for _ in range(40)])
print([rng.expovariate(1.5).hex() for _ in range(40)])
print([rng.lognormvariate(0, 1).hex() for _ in range(40)])
print([rng.vonmisesvariate(1, 2).hex() for _ in range(20)])
data = [rng.gauss(10, 3) for _ in range(500)]
print(statistics.mean(data).hex(), statistics.fmean(data).hex(), statistics.stdev(data).hex())
print(statistics.pstdev(data).hex(), statistics.variance(data).hex(), statistics.geometric_mean([abs(x) + 1 for x in data]).hex())
nd = statistics.NormalDist(10, 3)
# nd.cdf and nd.overlap (math.erf: CPython 3.13 calls libm's erf) differ in the last bit for
# some arguments: docs/notes/s11-libm.md
print([nd.pdf(x).hex() for x in data[:20]])
print(nd.inv_cdf(0.975).hex())
import math
from fractions import Fraction
print(math.sumprod(data[:100], data[100:200]).hex(), math.sumprod([1, 2, 3], [4, 5, 6]))
print(math.sumprod([1, 2.5, True], [3, 4, 2 ** 70]), math.sumprod([2 ** 62, 2 ** 62], [4, 4]))
print(math.sumprod([1e308, 1e308, -1e308], [10, 1, 10]), math.sumprod([Fraction(1, 3), 2.0], [3, 0.5]))
print(math.sumprod([], []), math.sumprod([0.1] * 10, [0.1] * 10).hex(), math.sumprod(iter([1.5]), (2,)))
for bad in (([1, 2], [3]), ([1], 'ab'), (1, [2])):
    try:
        print(math.sumprod(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(statistics.correlation(data[:50], data[50:100]).hex(), statistics.covariance(data[:50], data[50:100]).hex())
print(statistics.linear_regression(data[:50], data[50:100]))
print(statistics.fmean(data, weights=range(500)).hex())
