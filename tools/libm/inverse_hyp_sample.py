# Prints x.hex() and f(x).hex() for seeded arguments of asinh/acosh/atanh: run by CPython and by pyjama, diff (docs/notes/s12-lib2.md).
import math, random
r = random.Random(12)
for name, lo, hi in [('asinh', -5, 5), ('acosh', 1, 5), ('atanh', -1, 1), ('asinh', -40, 40), ('acosh', 1, 1e10)]:
    xs = [r.uniform(lo, hi) for _ in range(2000)] + [r.uniform(0, 1) * 10.0 ** r.randint(-300, 300) for _ in range(2000)]
    for x in xs:
        try:
            print(name, x.hex(), getattr(math, name)(x).hex())
        except ValueError:
            pass
