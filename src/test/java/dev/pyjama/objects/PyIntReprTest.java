package dev.pyjama.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pyjama.testing.CPython313;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** int repr, including CPython's limit of 4300 digits, compared with CPython 3.13. */
class PyIntReprTest {

    @Test
    void intReprMatchesCPython() {
        List<BigInteger> values = new ArrayList<>();
        for (long i = -300; i <= 300; i++) values.add(BigInteger.valueOf(i));
        for (long x : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            for (int d = -2; d <= 2; d++) values.add(BigInteger.valueOf(x).add(BigInteger.valueOf(d)));
        }
        BigInteger limit = BigInteger.TEN.pow(4300);
        for (int d = -3; d <= 3; d++) {
            values.add(limit.add(BigInteger.valueOf(d)));
            values.add(limit.add(BigInteger.valueOf(d)).negate());
        }
        for (int bits = 14270; bits <= 14300; bits++) {
            values.add(BigInteger.ONE.shiftLeft(bits));
            values.add(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).negate());
        }
        values.add(BigInteger.ONE.shiftLeft(200_000));
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < 3000; i++) {
            BigInteger b = new BigInteger(1 + rnd.nextInt(rnd.nextBoolean() ? 130 : 15000), new java.util.Random(rnd.nextLong()));
            values.add(rnd.nextBoolean() ? b : b.negate());
        }
        StringBuilder in = new StringBuilder();
        for (BigInteger b : values) in.append(b.toString(16)).append('\n');
        String out = CPython313.run(
            "import sys\n"
            + "for line in sys.stdin:\n"
            + "    try:\n"
            + "        r = repr(int(line, 16))\n"
            + "    except ValueError as e:\n"
            + "        r = 'ValueError: ' + str(e)\n"
            + "    sys.stdout.write(r + '\\n')\n",
            in.toString());
        String[] expected = out.split("\n");
        assertEquals(values.size(), expected.length);
        int errors = 0;
        for (int i = 0; i < expected.length; i++) {
            String got;
            try {
                got = PyInt.of(values.get(i)).repr();
            } catch (PyException e) {
                got = e.pyType() + ": " + e.getMessage();
                errors++;
            }
            if (!got.equals(expected[i])) {
                fail("for " + values.get(i).toString(16) + ":\nCPython " + abbreviate(expected[i]) + "\npyjama  " + abbreviate(got));
            }
        }
        assertTrue(errors > 10, "the digit limit was exercised");
        System.out.println("PyIntReprTest: " + values.size() + " int reprs compared with CPython (" + errors + " over the limit)");
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 100) + "..." + s.substring(s.length() - 100) + " (" + s.length() + " chars)";
    }

    @Test
    void representationIsNormalised() {
        assertSame(PyInt.of(256), PyInt.of(BigInteger.valueOf(256)));
        assertSame(PyInt.of(-5), PyInt.of(-5));
        assertTrue(PyInt.of(BigInteger.valueOf(Long.MIN_VALUE)).fitsLong());
        assertTrue(!PyInt.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)).fitsLong());
        assertEquals(PyInt.of(123456789012L), PyInt.of(BigInteger.valueOf(123456789012L)));
        assertEquals("int", PyInt.of(1).typeName());
    }
}
