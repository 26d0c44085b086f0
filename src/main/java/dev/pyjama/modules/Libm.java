package dev.pyjama.modules;

/**
 * glibc's own algorithms (Debian glibc 2.36, x86_64) for the math functions where neither
 * java.lang.Math nor StrictMath gives glibc's last bit. CPython's math module calls glibc, so
 * these decide math.sinh/cosh/cbrt's exact results. tools/libm/table measures the agreement.
 */
final class Libm {
    private Libm() {}

    private static int high(double x) { return (int) (Double.doubleToRawLongBits(x) >>> 32); }

    private static final double OVERFLOW_LO = 0x1.633ce8fb9f87dp+9; // glibc's overflow threshold

    // CPython: calls glibc sysdeps/ieee754/dbl-64/e_sinh.c (fdlibm's algorithm over glibc's exp)
    static double sinh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = x < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) { // |x| < 22
            if (ix < 0x3e300000) return x; // |x| < 2**-28
            double t = StrictMath.expm1(ax);
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * Math.exp(ax);
        if (ax <= OVERFLOW_LO) {
            double w = Math.exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    // CPython: calls glibc sysdeps/ieee754/dbl-64/e_cosh.c
    static double cosh(double x) {
        int ix = high(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x * x;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) { // |x| < ln2/2
                if (ix < 0x3c800000) return 1.0;
                double t = StrictMath.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (Double.doubleToRawLongBits(ax) < 0x40862e42fefa39efL) return 0.5 * Math.exp(ax);
        if (ax <= OVERFLOW_LO) {
            double w = Math.exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    static double tanh(double x) { return StrictMath.tanh(x); }

    static double expm1(double x) { return StrictMath.expm1(x); }

    private static final double CBRT2 = 1.2599210498948731648, SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    // CPython: calls glibc sysdeps/ieee754/dbl-64/s_cbrt.c (a polynomial guess and one Halley step)
    static double cbrt(double x) {
        if (x == 0 || !Double.isFinite(x)) return x + x;
        double ax = Math.abs(x);
        int xe;
        if (ax < Double.MIN_NORMAL) {
            ax *= 0x1p54;
            xe = Math.getExponent(ax) + 1 - 54;
        } else {
            xe = Math.getExponent(ax) + 1;
        }
        double xm = Math.scalb(ax, -(Math.getExponent(ax) + 1)); // frexp: [0.5, 1)
        double u = (0.354895765043919860
                + ((1.50819193781584896
                + ((-2.11499494167371287
                + ((2.44693122563534430
                + ((-1.83469277483613086
                + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm));
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    /** log10 of a positive finite x (the caller handles the rest). */
    // CPython: calls glibc sysdeps/ieee754/dbl-64/e_log10.c (fdlibm's reduction over glibc's log)
    static double log10(double x) {
        if (x == Double.POSITIVE_INFINITY) return x;
        int k = 0;
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        if (hx < 0x00100000) { // subnormal: scale up
            k -= 54;
            x *= 0x1p54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >>> 32);
        }
        k += (hx >> 20) - 1023;
        int i = (k >>> 31);
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        x = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(x);
        return z + y * LOG10_2HI;
    }

    /** sqrt of the sum of squares of vec[0..n) (each >= 0, at most max), as CPython computes it. */
    // CPython: Modules/mathmodule.c vector_norm (Neumaier summation of exact squares, a
    // differential correction of the square root); math.hypot and math.dist call it
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Math.getExponent(max) + 1; // frexp's exponent
        if (maxE < -1023) { // ldexp(1.0, -maxE) would overflow: normalise the subnormals first
            for (int i = 0; i < n; i++) vec[i] /= Double.MIN_NORMAL;
            return Double.MIN_NORMAL * vectorNorm(n, vec, max / Double.MIN_NORMAL, foundNan);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++) {
            double x = vec[i] * scale;
            double prHi = x * x, prLo = Math.fma(x, x, -prHi);
            double smHi = csum + prHi, smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double prHi = -h * h, prLo = Math.fma(-h, h, -prHi);
        double smHi = csum + prHi, smLo = prHi - (smHi - csum);
        csum = smHi;
        frac1 += prLo;
        frac2 += smLo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }

    private static final double INV_LN2_HI = 0x1.71547652b82fep0, INV_LN2_LO = 0x1.777d0ffda0d24p-56;

    /**
     * log2 of a positive finite x, correctly rounded: glibc's log2 (ARM's optimized-routines
     * algorithm) is accurate to about 0.502 ulp, so it practically always returns that value.
     */
    static double log2(double x) {
        if (x == Double.POSITIVE_INFINITY) return x;
        if (x == Math.scalb(1.0, Math.getExponent(x))) return Math.getExponent(x); // exact powers of two
        double[] l = dev.pyjama.objects.CorrectlyRoundedPow.log(x); // ln x, double-double
        double ph = l[0] * INV_LN2_HI;
        double pl = Math.fma(l[0], INV_LN2_HI, -ph) + (l[0] * INV_LN2_LO + l[1] * INV_LN2_HI);
        return ph + pl;
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** fdlibm's asinh as glibc ships it: exact for tiny x, log(2|x|) for huge x, log1p in between. */
    // CPython calls libm: glibc sysdeps/ieee754/dbl-64/s_asinh.c __asinh
    static double asinh(double x) {
        int ix = (int) (Double.doubleToRawLongBits(x) >>> 32) & 0x7fffffff;
        if (ix < 0x3e300000) return x; // |x| < 2**-28 (and 0): asinh(x) rounds to x
        double w, xa = Math.abs(x);
        if (ix > 0x41b00000) { // |x| > 2**28
            if (ix >= 0x7ff00000) return x + x; // inf or nan
            w = Math.log(xa) + LN2;
        } else if (ix > 0x40000000) { // 2 < |x| <= 2**28
            w = Math.log(2.0 * xa + 1.0 / (Math.sqrt(xa * xa + 1.0) + xa));
        } else {
            double t = xa * xa;
            w = StrictMath.log1p(xa + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    // CPython calls libm: glibc sysdeps/ieee754/dbl-64/e_acosh.c __ieee754_acosh
    static double acosh(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        if (hx < 0x3ff00000) return Double.NaN; // x < 1 (negative x has the sign bit: hx < 0)
        if (hx >= 0x41b00000) { // x > 2**28
            if (hx >= 0x7ff00000) return x + x;
            return Math.log(x) + LN2;
        }
        if (x == 1.0) return 0.0;
        if (hx > 0x40000000) { // 2 < x <= 2**28
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    // CPython calls libm: glibc sysdeps/ieee754/dbl-64/e_atanh.c __ieee754_atanh
    static double atanh(double x) {
        double xa = Math.abs(x), t;
        if (xa < 0.5) {
            if (xa < 0x1.0p-28) return x;
            t = xa + xa;
            t = 0.5 * StrictMath.log1p(t + t * xa / (1.0 - xa));
        } else if (xa < 1.0) {
            t = 0.5 * StrictMath.log1p((xa + xa) / (1.0 - xa));
        } else {
            return Double.NaN; // |x| >= 1 (and nan): math reports a domain error
        }
        return Math.copySign(t, x);
    }
}
