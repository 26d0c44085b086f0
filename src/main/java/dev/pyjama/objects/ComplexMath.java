package dev.pyjama.objects;

/** Python's complex arithmetic, with CPython's algorithms for division and powers. */
// CPython: Objects/complexobject.c
public final class ComplexMath {
    private ComplexMath() {}

    // CPython: Objects/complexobject.c _Py_c_prod
    public static PyComplex mul(double ar, double ai, double br, double bi) {
        return new PyComplex(ar * br - ai * bi, ar * bi + ai * br);
    }

    // CPython: Objects/complexobject.c complex_div
    public static PyComplex trueDiv(double ar, double ai, double br, double bi) {
        double[] q = quot(ar, ai, br, bi);
        if (q == null) throw new PyException("ZeroDivisionError", "complex division by zero");
        return new PyComplex(q[0], q[1]);
    }

    /** The quotient, or null where C sets errno to EDOM (a zero divisor). */
    // CPython: Objects/complexobject.c _Py_c_quot
    static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = br < 0 ? -br : br;
        double absBi = bi < 0 ? -bi : bi;
        if (absBr >= absBi) {
            if (absBr == 0.0) return null;
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /** {@code a ** b}: exact repeated squaring for small integral exponents, else polar form. */
    // CPython: Objects/complexobject.c complex_pow, _Py_c_pow, c_powi, c_powu
    public static PyComplex pow(double ar, double ai, double br, double bi) {
        double[] p;
        boolean domainError = false;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powu(ar, ai, n);
            } else {
                double[] d = powu(ar, ai, -n);
                p = quot(1.0, 0.0, d[0], d[1]);
                if (p == null) {
                    domainError = true;
                    p = new double[] {0.0, 0.0};
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            p = new double[] {1.0, 0.0};
        } else if (ar == 0.0 && ai == 0.0) {
            if (bi != 0.0 || br < 0.0) domainError = true;
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = StrictMath.hypot(ar, ai);
            double len = StrictMath.pow(vabs, br);
            double at = StrictMath.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len *= StrictMath.exp(-at * bi);
                phase += bi * StrictMath.log(vabs);
            }
            p = new double[] {len * StrictMath.cos(phase), len * StrictMath.sin(phase)};
            // cos and sin of an infinite angle set errno to EDOM in C, which Python reports
            // as this ZeroDivisionError.
            if (Double.isInfinite(phase)) domainError = true;
        }
        if (domainError) {
            throw new PyException("ZeroDivisionError", "0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw new PyException("OverflowError", "complex exponentiation");
        }
        return new PyComplex(p[0], p[1]);
    }

    private static double[] powu(double xr, double xi, long n) {
        double rr = 1.0, ri = 0.0, pr = xr, pi = xi;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                double t = rr * pr - ri * pi;
                ri = rr * pi + ri * pr;
                rr = t;
            }
            mask <<= 1;
            double t = pr * pr - pi * pi;
            pi = pr * pi + pi * pr;
            pr = t;
        }
        return new double[] {rr, ri};
    }
}
