package dev.pyjama.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that rounds back to a given double, and among those the closest to
 * it (ties to an even last digit): what CPython's float repr prints, computed there by
 * David Gay's dtoa in mode 0. This is an implementation of Raffaello Giulietti's Schubfach
 * algorithm ("The Schubfach way to render doubles", 2020), which finds it with a few 128-bit
 * multiplications and no loop; JDK 17's Double.toString does not always give the shortest.
 *
 * <p>Schubfach as published never returns fewer than two digits, and only tries one digit
 * fewer than its first estimate: for the smallest subnormals (significand below 21, whose
 * estimate has two digits) the shortest may have one. Those take an exact BigDecimal search.
 */
// CPython: Python/dtoa.c _Py_dg_dtoa (mode 0)
final class ShortestDecimal {
    private static final int P = 53;                     // significand bits, hidden bit included
    private static final int Q_MIN = -1074;              // exponent of the smallest subnormal's unit
    private static final long C_MIN = 1L << (P - 1);     // smallest normal significand
    private static final long T_MASK = C_MIN - 1;
    private static final int BQ_MASK = 0x7ff;
    /** Subnormal significands below this go to the exact search (21 would do). */
    private static final long C_SMALL = 64;
    private static final int K_MIN = flog10pow2(Q_MIN);
    private static final int K_MAX = flog10pow2(2046 - 1075);  // largest finite exponent
    private static final long MASK_63 = (1L << 63) - 1;

    /**
     * For each k in [K_MIN, K_MAX]: g = floor(10**-k / 2**r) + 1 with r chosen so that
     * 2**125 <= g - 1 < 2**126, split as g1 = g >> 63 and g0 = g mod 2**63, at 2(k-K_MIN)
     * and 2(k-K_MIN)+1. Computed once, exactly, with BigInteger.
     */
    private static final long[] G = table();

    private ShortestDecimal() {}

    private static long[] table() {
        long[] g = new long[2 * (K_MAX - K_MIN + 1)];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int r = flog2pow10(-k) - 125;
            BigInteger num = BigInteger.ONE, den = BigInteger.ONE;
            if (k < 0) num = num.multiply(BigInteger.TEN.pow(-k));
            else den = den.multiply(BigInteger.TEN.pow(k));
            if (r < 0) num = num.shiftLeft(-r);
            else den = den.shiftLeft(r);
            BigInteger v = num.divide(den).add(BigInteger.ONE);
            g[2 * (k - K_MIN)] = v.shiftRight(63).longValueExact();
            g[2 * (k - K_MIN) + 1] = v.and(mask63).longValueExact();
        }
        return g;
    }

    /** floor(e * log10(2)), exact for |e| <= 5456721. */
    private static int flog10pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(log10(3/4 * 2**e)), exact for |e| <= 1838394. */
    private static int flog10threeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)), exact for |e| <= 58936. */
    private static int flog2pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    /** Appends the shortest repr digits of a finite positive {@code v} in Python's layout. */
    static void appendShortest(StringBuilder sb, double v, boolean addDot0) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> (P - 1)) & BQ_MASK;
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;    // v = c * 2**-mq
            long c = C_MIN | t;
            if (0 < mq && mq < P) {
                // An integer below 2**53 is its own shortest decimal.
                long f = c >> mq;
                if (f << mq == c) {
                    PyFloat.appendDecimal(sb, f, 0, addDot0);
                    return;
                }
            }
            toDecimal(sb, -mq, c, addDot0);
        } else if (t < C_SMALL) {
            exactSearch(sb, v, addDot0);
        } else {
            toDecimal(sb, Q_MIN, t, addDot0);
        }
    }

    /** v = c * 2**q; finds the decimal s * 10**k of the answer. */
    private static void toDecimal(StringBuilder sb, int q, long c, boolean addDot0) {
        // The rounding interval of v is [vl, vr] when c is even, (vl, vr) when odd; work in
        // units of 2**(q-2) so that its bounds are integers: cbl, cb (= 4c), cbr.
        long out = c & 1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            // At a power of two the spacing below v is half the spacing above.
            cbl = cb - 1;
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        long g1 = G[2 * (k - K_MIN)];
        long g0 = G[2 * (k - K_MIN) + 1];

        // vb, vbl, vbr: 4 * (v, vl, vr) / 10**k, rounded to odd (so exactness is still visible).
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);

        long s = vb >> 2;
        if (s >= 100) {
            // Try one digit fewer first: s' = floor(s / 10), and the decimals 10 s' and 10 (s'+1).
            long sp10 = 10 * Math.multiplyHigh(s, 115_292_150_460_684_698L << 4);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) {
                PyFloat.appendDecimal(sb, upin ? sp10 : tp10, k, addDot0);
                return;
            }
        }
        // s and t = s + 1 bracket v; keep the one inside the interval, or the closer if both are.
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            PyFloat.appendDecimal(sb, uin ? s : t, k, addDot0);
            return;
        }
        long cmp = vb - ((s + t) << 1);
        PyFloat.appendDecimal(sb, cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k, addDot0);
    }

    /**
     * floor(g * cp / 2**127), with its lowest bit forced to 1 when the division is inexact
     * (round to odd), where g = g1 * 2**63 + g0.
     */
    private static long rop(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK_63) + MASK_63) >>> 63);
    }

    /**
     * The definition, executed literally: for n = 1, 2, ... digits, the n-digit decimals just
     * below and above v, keeping those that read back as v, and the closer of them (ties to
     * even). Slow, but exact; used where Schubfach's two-digit minimum would differ.
     */
    static void exactSearch(StringBuilder sb, double v, boolean addDot0) {
        BigDecimal exact = new BigDecimal(v);
        for (int n = 1; n <= 17; n++) {
            BigDecimal down = exact.round(new MathContext(n, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(n, RoundingMode.CEILING));
            boolean downOk = Double.parseDouble(down.toString()) == v;
            boolean upOk = Double.parseDouble(up.toString()) == v;
            if (!downOk && !upOk) continue;
            BigDecimal pick;
            if (downOk && upOk) {
                int c = exact.subtract(down).compareTo(up.subtract(exact));
                boolean downEven = !down.unscaledValue().testBit(0);
                pick = c < 0 || c == 0 && downEven ? down : up;
            } else {
                pick = downOk ? down : up;
            }
            PyFloat.appendDecimal(sb, pick.unscaledValue().longValueExact(), -pick.scale(), addDot0);
            return;
        }
        throw new AssertionError("no 17-digit decimal reads back as " + v);
    }
}
