# math: frexp of the largest exponents, asinh/acosh/atanh as glibc (tiny and huge arguments), lgamma's poles, degrees' overflow.
import math
for v in [1e308, 2.0**1023, -1.7e308, 5e-324, -2.5e-310, 1.5, -0.0, 1e-300, 3.0]:
    print('frexp', v, math.frexp(v))
vals = [0.0, -0.0, 1e-300, -1e-300, 1e-10, -1e-10, 3e-9, 0.1, -0.3, 0.5, 0.75, 1.0, 1.0000001, 1.5, 2.0, 2.5, -3.7, 10.0, 123.456, 1e5, 2.0**28, 3e8, 1e15, 1e200, -1e200, 1e308, float('inf'), float('-inf'), float('nan'), -1.0, 0.9999999, -0.99]
for name in ['asinh', 'acosh', 'atanh']:
    for v in vals:
        try:
            print(name, v, repr(getattr(math, name)(v)))
        except Exception as e:
            print(name, v, type(e).__name__, e)
for f, v in [('lgamma', 0), ('lgamma', -0.0), ('lgamma', -3), ('lgamma', 1e308), ('lgamma', -2.5), ('gamma', 0), ('degrees', 1e308), ('degrees', -1e308), ('degrees', float('nan')), ('radians', 1e308), ('degrees', 1.0)]:
    try:
        print(f, v, repr(getattr(math, f)(v)))
    except Exception as e:
        print(f, v, type(e).__name__, e)
