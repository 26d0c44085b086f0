# Prints "func range x y result" (float.hex) for seeded random arguments in several ranges.
# Run by CPython (the reference) and by pyjama; tools/libm/table compares them.
# Usage: probe.py [N]   (N arguments per function and range, default 2000)
import math, random, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
rng = random.Random(11)
HALF_PI = math.pi / 2

def tiny(): return rng.uniform(-1, 1) * 2.0 ** rng.randint(-1074, -20)
def near1(): return rng.uniform(0.5, 2.0)
def mid(): return rng.uniform(-10, 10)
def large(): return rng.uniform(-1, 1) * 2.0 ** rng.randint(10, 1000)
def neg(): return -rng.uniform(0, 700)
def pos(): return rng.uniform(0, 700)
def halfpi(): return rng.randint(-100000, 100000) * HALF_PI + rng.uniform(-1e-6, 1e-6)
def unit(): return rng.uniform(-1, 1)

UNARY = {
    'exp': (tiny, near1, mid, neg, pos),
    'log': (tiny, near1, mid, large, pos),
    'sin': (tiny, mid, large, halfpi),
    'cos': (tiny, mid, large, halfpi),
    'tan': (tiny, mid, large, halfpi),
    'log10': (tiny, near1, large, pos),
    'log2': (tiny, near1, large, pos),
    'atan': (tiny, near1, mid, large),
    'exp2': (tiny, near1, mid, neg, pos),
    'expm1': (tiny, near1, mid, neg, pos),
    'log1p': (tiny, near1, mid, large, unit),
    'sinh': (tiny, near1, mid, pos),
    'cosh': (tiny, near1, mid, pos),
    'tanh': (tiny, near1, mid),
    'asin': (tiny, unit),
    'acos': (tiny, unit),
    'cbrt': (tiny, near1, mid, large),
    'sqrt': (tiny, near1, large),
}
BINARY = {
    'pow': ((near1, mid), (pos, near1), (near1, large), (mid, unit)),
    'atan2': ((mid, mid), (tiny, mid), (large, mid)),
    'hypot': ((mid, mid), (tiny, tiny), (large, large)),
}

def safe(f, *a):
    try:
        return f(*a).hex()
    except (ValueError, OverflowError) as e:
        return type(e).__name__

for name, ranges in UNARY.items():
    f = getattr(math, name)
    for gen in ranges:
        for _ in range(N):
            x = gen()
            if name in ('log', 'log10', 'log2', 'sqrt'): x = abs(x)
            print(name, gen.__name__, x.hex(), '-', safe(f, x))
for name, ranges in BINARY.items():
    f = getattr(math, name)
    for gx, gy in ranges:
        for _ in range(N):
            x, y = gx(), gy()
            if name == 'pow': x = abs(x)
            print(name, gx.__name__ + '/' + gy.__name__, x.hex(), y.hex(), safe(f, x, y))
