package dev.pyjama.parser;

import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import java.math.BigInteger;

/** The value of a NUMBER token: int, float or imaginary. */
// CPython: Parser/pegen.c parsenumber, parsenumber_raw
final class Numbers {
    private Numbers() {}

    /** CPython's default limit on decimal digits converted to an int (sys.get_int_max_str_digits()). */
    static final int MAX_STR_DIGITS = 4300;

    static PyObject parse(String token) {
        String s = token.indexOf('_') < 0 ? token : token.replace("_", "");
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return new PyComplex(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = Character.toLowerCase(s.charAt(1));
            int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return PyFloat.of(Double.parseDouble(s));
            }
        }
        if (s.length() > MAX_STR_DIGITS) {
            throw new PyException("ValueError", "Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + s.length()
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        return integer(s, 10);
    }

    private static PyObject integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 21 : 62)) {
            return PyInt.of(Long.parseLong(digits, radix));
        }
        if (radix != 10) {
            return PyInt.of(powerOfTwoBase(digits, radix == 16 ? 4 : radix == 8 ? 3 : 1));
        }
        return PyInt.of(new BigInteger(digits, radix));
    }

    /**
     * Digits in base 2, 8 or 16 packed straight into bits: linear time, where
     * {@code new BigInteger(s, radix)} is quadratic (a 300,000-digit hex literal took seconds).
     */
    // CPython: Objects/longobject.c long_from_binary_base
    private static BigInteger powerOfTwoBase(String digits, int bitsPerDigit) {
        int n = digits.length();
        // One spare leading byte keeps the two's-complement magnitude positive.
        byte[] out = new byte[(int) (((long) n * bitsPerDigit + 7) / 8) + 1];
        int pos = out.length - 1;
        int acc = 0, accBits = 0;
        for (int i = n - 1; i >= 0; i--) {
            acc |= Character.digit(digits.charAt(i), 16) << accBits;
            accBits += bitsPerDigit;
            while (accBits >= 8) {
                out[pos--] = (byte) acc;
                acc >>>= 8;
                accBits -= 8;
            }
        }
        if (accBits > 0) out[pos] = (byte) acc;
        return new BigInteger(out);
    }
}
