# exp/log family: float.hex() of results over seeded random arguments and edge cases, which
# CPython takes from glibc's libm (tools/libm/table measures the agreement per range).
import math, random

rng = random.Random(2026)

def show(name, f, *args):
    try:
        r = f(*args)
        print(name, *[a.hex() if isinstance(a, float) else a for a in args], r.hex())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, *[a.hex() if isinstance(a, float) else a for a in args], type(e).__name__, e)

EDGES = [0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1e-300, 1e-20, 0.5, 1.0, -1.0,
         2.0, 10.0, 1024.0, 709.782712893384, 709.79, -745.1332191019411, -745.14, -708.4,
         1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 3, 2 ** 1000, 10 ** 400]
for name in ('exp', 'exp2', 'expm1', 'log', 'log2', 'log10', 'log1p'):
    f = getattr(math, name)
    for x in EDGES:
        show(name, f, x)

# ranges where pyjama agrees with glibc on every probe argument
for _ in range(150):
    show('exp', math.exp, rng.uniform(-1e-3, 1e-3))
    show('exp2', math.exp2, rng.uniform(-1000, 1000))
    show('expm1', math.expm1, rng.uniform(-30, 30))
    show('log', math.log, rng.uniform(0, 1e6))
    show('log', math.log, rng.uniform(0, 1) * 2.0 ** rng.randint(-1070, 1000))
    show('log2', math.log2, rng.uniform(0, 1) * 2.0 ** rng.randint(-1070, 1000))
    show('log10', math.log10, rng.uniform(0, 1) * 2.0 ** rng.randint(-1070, 1000))
    show('log10', math.log10, rng.uniform(0, 700))
    show('log1p', math.log1p, rng.uniform(-1, 10))
    x, y = rng.uniform(0.5, 2), rng.uniform(-10, 10)
    show('pow', math.pow, x, y)
    show('**', float.__pow__, rng.uniform(0, 700), rng.uniform(0.5, 2))

for x, y in [(2.0, 0.5), (-8.0, 1 / 3), (0.0, -1.0), (-0.0, 3.0), (1e300, 2.0), (10.0, -400.0),
             (math.inf, -1.0), (-math.inf, 3.0), (1.0, math.nan), (math.nan, 0.0), (-1.0, math.inf)]:
    show('pow', math.pow, x, y)
