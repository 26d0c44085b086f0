package dev.pyjama.objects;

/**
 * {@code pow(x, y)} for a positive finite {@code x} and finite {@code y}, rounded correctly
 * (to nearest, ties to even) except in the rarest of cases. CPython calls the C library's
 * pow, and glibc's is accurate to about 0.52 ulp, which makes it agree with the correctly
 * rounded result practically always; Java's Math.pow and StrictMath.pow are only within one
 * ulp and often differ from it in the last bit. The value is computed as exp(y * log(x)) in
 * double-double arithmetic (about 100 significant bits) and rounded once.
 */
// CPython: Objects/floatobject.c float_pow (which calls the C library's pow)
public final class CorrectlyRoundedPow {
    private CorrectlyRoundedPow() {}

    // ln 2 as a double-double: 0x1.62e42fefa39efp-1 + 0x1.abc9e3b39803fp-56
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;

    /** x**y for x > 0 finite, x != 1, y finite and nonzero. */
    static double pow(double x, double y) {
        // exponents whose result one correctly rounded IEEE operation gives (x**0.5 in a loop
        // is common; the double-double path below costs about a microsecond)
        if (y == 0.5) return Math.sqrt(x);
        if (y == 2.0) return x * x;
        if (y == 1.0) return x;
        if (y == -1.0) return 1.0 / x;
        double approx = StrictMath.pow(x, y);
        if (approx == 0.0 || Double.isInfinite(approx) || Double.isNaN(approx)) return approx;
        double[] l = log(x);
        // t = y * log(x), exactly as a double-double product
        double ph = y * l[0];
        double pl = Math.fma(y, l[0], -ph) + y * l[1];
        double th = ph + pl;
        double tl = pl - (th - ph);
        return exp(th, tl);
    }

    // 1 / (2k + 1) as double-doubles, the atanh series' coefficients (computed once, not per call)
    private static final double[][] INV_ODD = new double[25][];
    static {
        for (int k = 0; k < 25; k++) INV_ODD[k] = divDD(1.0, 0.0, 2 * k + 1, 0.0);
    }

    /** log(x) for a positive finite x, as a double-double {hi, lo}. */
    public static double[] log(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {  // subnormal: scale into the normal range
            x *= 0x1p54;
            e = Math.getExponent(x) - 54;
        }
        double m = Math.scalb(x, -Math.getExponent(x));  // [1, 2)
        if (m > Math.sqrt(2.0)) {
            m *= 0.5;
            e++;
        }
        // log(m) = 2 atanh(s), s = (m - 1) / (m + 1); m - 1 is exact, m + 1 is a double-double
        double num = m - 1.0;
        double dh = m + 1.0;
        double dl = (m - (dh - 1.0)) + (1.0 - (dh - (dh - 1.0)));
        double[] s = divDD(num, 0.0, dh, dl);
        double[] s2 = mulDD(s[0], s[1], s[0], s[1]);
        // sum of s**(2k) / (2k + 1), Horner from the smallest term
        double sumH = 0.0, sumL = 0.0;
        for (int k = 24; k >= 0; k--) {
            double[] term = INV_ODD[k];
            double[] prod = mulDD(sumH, sumL, s2[0], s2[1]);
            double[] add = addDD(prod[0], prod[1], term[0], term[1]);
            sumH = add[0];
            sumL = add[1];
        }
        double[] logm = mulDD(s[0], s[1], sumH, sumL);
        logm[0] *= 2;
        logm[1] *= 2;
        double[] eln2 = mulDD(e, 0.0, LN2_HI, LN2_LO);
        return addDD(eln2[0], eln2[1], logm[0], logm[1]);
    }

    /** exp(th + tl), rounded to the nearest double. */
    static double exp(double th, double tl) {
        if (th > 710) return Double.POSITIVE_INFINITY;
        if (th < -746) return 0.0;
        int k = (int) Math.rint(th / LN2_HI);
        // r = t - k ln2, |r| <= 0.35
        double[] kln2 = mulDD(k, 0.0, LN2_HI, LN2_LO);
        double[] r = addDD(th, tl, -kln2[0], -kln2[1]);
        // exp(r) = (exp(r / 256))**256; e = exp(r / 256) - 1 by its Taylor series
        double rh = r[0] / 256, rl = r[1] / 256;
        double eh = 0.0, el = 0.0;
        for (int n = 12; n >= 1; n--) {
            // e = r/n * (1 + e)
            double[] onePlus = addDD(1.0, 0.0, eh, el);
            double[] scaled = divDD(rh, rl, n, 0.0);
            double[] prod = mulDD(scaled[0], scaled[1], onePlus[0], onePlus[1]);
            eh = prod[0];
            el = prod[1];
        }
        for (int i = 0; i < 8; i++) {
            // (1 + e)**2 - 1 = 2e + e**2
            double[] sq = mulDD(eh, el, eh, el);
            double[] sum = addDD(2 * eh, 2 * el, sq[0], sq[1]);
            eh = sum[0];
            el = sum[1];
        }
        double[] v = addDD(1.0, 0.0, eh, el);
        return scaleRounded(v[0], v[1], k);
    }

    /** (hi + lo) * 2**k rounded once to the nearest double, subnormal results included. */
    private static double scaleRounded(double hi, double lo, int k) {
        double s = Math.scalb(hi, k);
        if (Double.isInfinite(s) || Math.abs(s) >= Double.MIN_NORMAL) {
            return s;  // exact scaling (or overflow): hi is already the rounded value
        }
        // Subnormal: the scaled hi lost bits; decide the rounding from the exact remainder.
        double back = Math.scalb(s, -k);
        double remH = hi - back;  // exact
        double[] rem = addDD(remH, 0.0, lo, 0.0);
        double halfUlp = Math.scalb(Double.MIN_VALUE, -k) / 2;
        int cmp = Double.compare(Math.abs(rem[0]), halfUlp);
        if (cmp == 0 && rem[1] != 0) cmp = (rem[1] > 0) == (rem[0] > 0) ? 1 : -1;
        if (cmp > 0 || (cmp == 0 && (Double.doubleToRawLongBits(s) & 1) != 0)) {
            s = rem[0] > 0 ? Math.nextUp(s) : Math.nextDown(s);
        }
        return s;
    }

    // ---- double-double arithmetic (Dekker, Knuth): values are unevaluated sums hi + lo

    private static double[] addDD(double ah, double al, double bh, double bl) {
        double s = ah + bh;
        double bb = s - ah;
        double err = (ah - (s - bb)) + (bh - bb);
        err += al + bl;
        double h = s + err;
        return new double[] {h, err - (h - s)};
    }

    private static double[] mulDD(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double err = Math.fma(ah, bh, -p) + (ah * bl + al * bh);
        double h = p + err;
        return new double[] {h, err - (h - p)};
    }

    private static double[] divDD(double ah, double al, double bh, double bl) {
        double q1 = ah / bh;
        double[] p = mulDD(q1, 0.0, bh, bl);
        double[] r = addDD(ah, al, -p[0], -p[1]);
        double q2 = r[0] / bh;
        double[] p2 = mulDD(q2, 0.0, bh, bl);
        double[] r2 = addDD(r[0], r[1], -p2[0], -p2[1]);
        double q3 = r2[0] / bh;
        double[] q = addDD(q1, 0.0, q2, 0.0);
        return addDD(q[0], q[1], q3, 0.0);
    }
}
