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
            // The C library's hypot, pow, exp and log are (practically) correctly rounded;
            // atan2, cos and sin come from StrictMath and may differ in the last bit.
            double vabs = hypot(ar, ai);
            double len = vabs == 1.0 ? 1.0 : Double.isInfinite(vabs) || br == 0.0 || Double.isNaN(br)
                    ? StrictMath.pow(vabs, br) : CorrectlyRoundedPow.pow(vabs, br);
            double at = StrictMath.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len *= CorrectlyRoundedPow.exp(-at * bi, 0.0);
                phase += bi * log(vabs);
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

    /** sqrt(x*x + y*y) rounded once. */
    private static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        double ax = Math.abs(x), ay = Math.abs(y);
        double big = Math.max(ax, ay);
        if (big == 0.0) return 0.0;
        // scale so that squares neither overflow nor underflow
        int e = Math.getExponent(big);
        double sx = Math.scalb(ax, -e), sy = Math.scalb(ay, -e);
        double px = sx * sx, pxl = Math.fma(sx, sx, -px);
        double py = sy * sy, pyl = Math.fma(sy, sy, -py);
        double s = px + py;
        double sl = (px - s + py) + pxl + pyl;
        double r = Math.sqrt(s);
        // one Newton step on the double-double sum: r + (s + sl - r*r) / (2r)
        double rr = r * r, rrl = Math.fma(r, r, -rr);
        double corr = ((s - rr) - rrl + sl) / (2 * r);
        return Math.scalb(r + corr, e);
    }

    private static double log(double x) {
        if (!(x > 0) || Double.isInfinite(x)) return StrictMath.log(x);
        double[] l = CorrectlyRoundedPow.log(x);
        return l[0] + l[1];
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
