package dev.pyjama.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** float and complex repr, compared with CPython 3.13 on a large set of values. */
class PyFloatReprTest {

    /** Doubles that exercise every branch of the shortest-digit search and of the layout. */
    static List<Double> interestingDoubles() {
        List<Double> v = new ArrayList<>();
        double[] fixed = {0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1.5, 123.0, 1e16, 1e15, 9999999999999998.0,
            1e17, 1e22, 1e23, 1e-4, 1e-5, 1.5e-5, 0.0001, 0.00015, 12345678901234567890.0, 2e16 + 8,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN, Math.PI, Math.E, 1.0 / 3, 2.0 / 3,
            5e-324, 1e-323, 1.5e-323, 2.5e-323, 4.9406564584124654e-324, 2.2250738585072009e-308,
            9007199254740993.0, 9007199254740992.0, 4503599627370496.5, 0.5, 0.25, 100.0, 1e100, 1e-100,
            1.7976931348623157e308, 123456789012345.6, 1234567890123456.7, 0.1 + 0.2};
        for (double d : fixed) {
            v.add(d);
            v.add(-d);
        }
        // NaNs with other payloads and signs.
        v.add(Double.longBitsToDouble(0x7ff0000000000001L));
        v.add(Double.longBitsToDouble(0xfff8000000000000L));
        v.add(Double.longBitsToDouble(0xffffffffffffffffL));
        // Every power of two with its neighbours (irregular spacing below each).
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
        }
        // Powers of ten, their neighbours, and small multiples: the layout switches and the
        // shortest candidates with few digits.
        for (int e = -325; e <= 309; e++) {
            double p = Double.parseDouble("1e" + e);
            v.add(p);
            v.add(Math.nextUp(p));
            v.add(Math.nextDown(p));
            for (int m = 2; m <= 9; m += 3) v.add(Double.parseDouble(m + "e" + e));
            v.add(Double.parseDouble("1.5e" + e));
            v.add(Double.parseDouble("9.999999999999999e" + e));
        }
        // The smallest subnormals, one by one, and integers around 2**53.
        for (long t = 1; t <= 2000; t++) v.add(Double.longBitsToDouble(t));
        for (long i = -300; i <= 300; i++) v.add((double) ((1L << 53) + i));
        SplittableRandom rnd = new SplittableRandom(20240613);
        // Random bit patterns: all exponents equally likely.
        for (int i = 0; i < 300_000; i++) v.add(Double.longBitsToDouble(rnd.nextLong()));
        // Random subnormals.
        for (int i = 0; i < 20_000; i++) v.add(Double.longBitsToDouble(rnd.nextLong() & ((1L << 52) - 1)));
        // Short decimals as people write them, and everyday magnitudes.
        for (int i = 0; i < 50_000; i++) {
            int digits = 1 + rnd.nextInt(17);
            long m = rnd.nextLong(1, 1_000_000_000_000_000_000L) % pow10(digits);
            v.add(Double.parseDouble(m + "e" + (rnd.nextInt(60) - 30)));
            v.add(rnd.nextDouble() * pow10(rnd.nextInt(18)));
        }
        // Integers that are exactly representable with many digits.
        for (int i = 0; i < 20_000; i++) v.add((double) (rnd.nextLong() >> rnd.nextInt(63)));
        return v;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) p *= 10;
        return p;
    }

    @Test
    void floatReprMatchesCPython() {
        List<Double> values = interestingDoubles();
        StringBuilder in = new StringBuilder();
        for (double d : values) in.append(Long.toHexString(Double.doubleToRawLongBits(d))).append('\n');
        String out = CPython313.run(
            "import sys, struct\n"
            + "w = sys.stdout.write\n"
            + "for line in sys.stdin:\n"
            + "    w(repr(struct.unpack('<d', struct.pack('<Q', int(line, 16)))[0]) + '\\n')\n",
            in.toString());
        String[] expected = out.split("\n");
        assertEquals(values.size(), expected.length);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            double d = values.get(i);
            String got = PyFloat.repr(d);
            if (!got.equals(expected[i]) && failures.size() < 20) {
                failures.add(Long.toHexString(Double.doubleToRawLongBits(d)) + ": CPython " + expected[i] + ", pyjama " + got);
            }
        }
        if (!failures.isEmpty()) fail(failures.size() + "+ differences:\n" + String.join("\n", failures));
        System.out.println("PyFloatReprTest: " + values.size() + " float reprs compared with CPython");
    }

    @Test
    void complexReprMatchesCPython() {
        List<Double> doubles = interestingDoubles();
        SplittableRandom rnd = new SplittableRandom(7);
        double[] parts = {0.0, -0.0, 1.0, -1.0, 2500.0, 1e16, 1e-5, 0.5, Double.NaN, -Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, Double.MIN_VALUE, 3.0};
        List<double[]> values = new ArrayList<>();
        for (double re : parts) for (double im : parts) values.add(new double[] {re, im});
        for (int i = 0; i < 20_000; i++) {
            values.add(new double[] {doubles.get(rnd.nextInt(doubles.size())), doubles.get(rnd.nextInt(doubles.size()))});
            values.add(new double[] {rnd.nextBoolean() ? 0.0 : -0.0, doubles.get(rnd.nextInt(doubles.size()))});
        }
        StringBuilder in = new StringBuilder();
        for (double[] c : values) {
            in.append(Long.toHexString(Double.doubleToRawLongBits(c[0]))).append(' ')
              .append(Long.toHexString(Double.doubleToRawLongBits(c[1]))).append('\n');
        }
        String out = CPython313.run(
            "import sys, struct\n"
            + "f = lambda h: struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]\n"
            + "for line in sys.stdin:\n"
            + "    re, im = line.split()\n"
            + "    sys.stdout.write(repr(complex(f(re), f(im))) + '\\n')\n",
            in.toString());
        String[] expected = out.split("\n");
        assertEquals(values.size(), expected.length);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < expected.length; i++) {
            double[] c = values.get(i);
            String got = new PyComplex(c[0], c[1]).repr();
            if (!got.equals(expected[i]) && failures.size() < 20) {
                failures.add(c[0] + " " + c[1] + ": CPython " + expected[i] + ", pyjama " + got);
            }
        }
        if (!failures.isEmpty()) fail("differences:\n" + String.join("\n", failures));
        System.out.println("PyFloatReprTest: " + values.size() + " complex reprs compared with CPython");
    }

    /** The slow exact search agrees with the fast path wherever both apply. */
    @Test
    void exactSearchAgreesWithSchubfach() {
        SplittableRandom rnd = new SplittableRandom(99);
        for (int i = 0; i < 20_000; i++) {
            double d = Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) continue;
            StringBuilder fast = new StringBuilder(), slow = new StringBuilder();
            ShortestDecimal.appendShortest(fast, d, true);
            ShortestDecimal.exactSearch(slow, d, true);
            assertEquals(slow.toString(), fast.toString(), "for bits " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }
}
