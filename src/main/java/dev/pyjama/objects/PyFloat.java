package dev.pyjama.objects;

/** A Python {@code float}: an IEEE 754 double. */
// CPython: Objects/floatobject.c
public class PyFloat extends PyObject {
    public final double value;

    protected PyFloat(double value) {
        this.value = value;
    }

    /** {@code v} as an exact float. */
    public static PyFloat exact(PyFloat v) {
        return v.getClass() == PyFloat.class ? v : new PyFloat(v.value);
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public String repr() {
        return repr(value);
    }

    /** {@code float}. */
    public static final PyType TYPE = PyType.builtin("float", null);

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code repr(d)}, e.g. {@code 0.1}, {@code 1e+16}, {@code 123.0}, {@code -inf}. */
    // CPython: Objects/floatobject.c float_repr
    public static String repr(double d) {
        StringBuilder sb = new StringBuilder(24);
        appendRepr(sb, d, true, false);
        return sb.toString();
    }

    /**
     * Appends the shortest decimal string that reads back as {@code d}, formatted as Python's
     * {@code 'r'} conversion does: positional between 1e-4 and 1e16, exponent form
     * ({@code 1.5e-05}, {@code 1e+16}) outside. {@code addDot0} makes integral values end in
     * {@code .0} (float repr does, complex repr does not); {@code alwaysSign} writes a
     * {@code +} before non-negative values. The sign of a NaN is never shown.
     */
    // CPython: Python/pystrtod.c format_float_short (mode 0, format code 'r')
    public static void appendRepr(StringBuilder sb, double d, boolean addDot0, boolean alwaysSign) {
        long bits = Double.doubleToRawLongBits(d);
        if (Double.isNaN(d)) {
            if (alwaysSign) sb.append('+');
            sb.append("nan");
            return;
        }
        if (bits < 0) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (Double.isInfinite(d)) {
            sb.append("inf");
        } else if (d == 0) {
            sb.append(addDot0 ? "0.0" : "0");
        } else {
            ShortestDecimal.appendShortest(sb, Math.abs(d), addDot0);
        }
    }

    /**
     * Appends the digits {@code f} (positive, trailing zeros allowed) times {@code 10**e} in
     * Python's 'r' layout.
     */
    // CPython: Python/pystrtod.c format_float_short (the padding and exponent part)
    static void appendDecimal(StringBuilder sb, long f, int e, boolean addDot0) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        char[] digits = new char[19];
        int len = 0;
        for (long x = f; x != 0; x /= 10) digits[len++] = (char) ('0' + x % 10);
        // digits are reversed: digits[len - 1] is the leading one
        int decpt = len + e;
        boolean useExp = decpt <= -4 || decpt > 16;
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) sb.append('0');
            for (int i = len - 1; i >= 0; i--) sb.append(digits[i]);
        } else if (decpt < len) {
            for (int i = 0; i < len; i++) {
                if (i == decpt) sb.append('.');
                sb.append(digits[len - 1 - i]);
            }
        } else {
            for (int i = len - 1; i >= 0; i--) sb.append(digits[i]);
            for (int i = len; i < decpt; i++) sb.append('0');
            if (addDot0 && !useExp) sb.append(".0");
        }
        if (useExp) {
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
    }
}
