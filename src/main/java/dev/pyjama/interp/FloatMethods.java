package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;

/** float's hexadecimal conversions: {@code float.fromhex}, {@code float.hex}. */
// CPython: Objects/floatobject.c float_fromhex, float_hex
final class FloatMethods {
    private FloatMethods() {}

    private static final int DBL_MIN_EXP = -1021, DBL_MAX_EXP = 1024, DBL_MANT_DIG = 53;

    static void install() {
        PyType t = PyFloat.TYPE;
        noargs(t, "hex", self -> PyStr.of(hex(((PyFloat) self).value)));
        t.dict.put("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", null, null, (args, kw) -> {
            Args.noKw("float.fromhex", kw);
            if (args.length != 2) throw Errors.typeError("float.fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
            if (!(args[1] instanceof PyStr s)) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            PyObject r = PyFloat.of(fromHex(s.value()));
            return args[0] == PyFloat.TYPE ? r : Abstract.call(args[0], r);
        })));
        // CPython: Objects/floatobject.c float___getformat___impl (the JVM's doubles are IEEE 754, little-endian here)
        t.dict.put("__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", null, null, (args, kw) -> {
            Args.noKw("float.__getformat__", kw);
            if (args.length != 2) throw Errors.typeError("float.__getformat__() takes exactly one argument (" + (args.length - 1) + " given)");
            if (!(args[1] instanceof PyStr s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + args[1].type().name());
            }
            if (!s.value().equals("double") && !s.value().equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
    }

    // CPython: Objects/floatobject.c float_hex
    static String hex(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return PyFloat.repr(x);
        if (x == 0.0) return Double.doubleToRawLongBits(x) < 0 ? "-0x0.0p+0" : "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(Math.abs(x));
        int biased = (int) (bits >>> 52);
        long mant = bits & ((1L << 52) - 1);
        // a normal value is 1.mant * 2**e; a subnormal one 0.mant * 2**-1022, as frexp and the shift give
        int lead = biased == 0 ? 0 : 1;
        int e = biased == 0 ? DBL_MIN_EXP - 1 : biased - 1023;
        StringBuilder sb = new StringBuilder(24);
        if (x < 0) sb.append('-');
        sb.append("0x").append(lead).append('.');
        String frac = Long.toHexString(mant);
        sb.append("0".repeat(13 - frac.length())).append(frac);
        sb.append('p').append(e >= 0 ? "+" : "").append(e);
        return sb.toString();
    }

    /** {@code float.fromhex(s)}, rounded half-even. */
    // CPython: Objects/floatobject.c float_fromhex
    static double fromHex(String str) {
        String s = str;
        int n = s.length(), p = 0;
        while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        double x;
        boolean negate = false;
        int special = infOrNan(s, p);
        if (special != p) {
            x = FloatParsing.value(s, p, special);
            p = special;
        } else {
            if (p < n && s.charAt(p) == '-') {
                p++;
                negate = true;
            } else if (p < n && s.charAt(p) == '+') {
                p++;
            }
            if (p + 1 < n && s.charAt(p) == '0' && (s.charAt(p + 1) == 'x' || s.charAt(p + 1) == 'X')) p += 2;
            // the coefficient's digits, most significant first, and how many follow the point
            StringBuilder digits = new StringBuilder();
            while (p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 128) digits.append(s.charAt(p++));
            int fdigits = 0;
            if (p < n && s.charAt(p) == '.') {
                p++;
                while (p < n && Character.digit(s.charAt(p), 16) >= 0 && s.charAt(p) < 128) {
                    digits.append(s.charAt(p++));
                    fdigits++;
                }
            }
            int total = digits.length();
            if (total == 0) throw parseError();
            long exp = 0;
            if (p < n && (s.charAt(p) == 'p' || s.charAt(p) == 'P')) {
                p++;
                boolean eneg = false;
                if (p < n && (s.charAt(p) == '-' || s.charAt(p) == '+')) eneg = s.charAt(p++) == '-';
                if (!(p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9')) throw parseError();
                // strtol saturates
                long v = 0;
                while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                    int d = s.charAt(p++) - '0';
                    v = v > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : v * 10 + d;
                }
                exp = eneg ? (v == Long.MAX_VALUE ? Long.MIN_VALUE : -v) : v;
            }
            x = round(digits, total, fdigits, exp);
        }
        while (p < n && FloatParsing.isSpace(s.charAt(p))) p++;
        if (p != n) throw parseError();
        return negate ? -x : x;
    }

    /** The value of the hex digits times 2**exp, correctly rounded (CPython's HEX_DIGIT(j) is {@code digit(j)}). */
    private static double round(CharSequence digits, int total, int fdigits, long exp) {
        int ndigits = total;
        while (ndigits > 0 && hexDigit(digits, total, ndigits - 1) == 0) ndigits--;
        if (ndigits == 0 || exp < Long.MIN_VALUE / 2) return 0.0;
        if (exp > Long.MAX_VALUE / 2) throw overflow();
        exp -= 4L * fdigits;
        long topExp = exp + 4L * (ndigits - 1);
        for (int digit = hexDigit(digits, total, ndigits - 1); digit != 0; digit /= 2) topExp++;
        if (topExp < DBL_MIN_EXP - DBL_MANT_DIG) return 0.0;
        if (topExp > DBL_MAX_EXP) throw overflow();
        long lsb = Math.max(topExp, DBL_MIN_EXP) - DBL_MANT_DIG;
        double x = 0.0;
        if (exp >= lsb) {
            // no rounding required
            for (int i = ndigits - 1; i >= 0; i--) x = 16.0 * x + hexDigit(digits, total, i);
            return Math.scalb(x, (int) exp);
        }
        // key_digit holds the first bit rounded away
        int halfEps = 1 << (int) ((lsb - exp - 1) % 4);
        int keyDigit = (int) ((lsb - exp - 1) / 4);
        for (int i = ndigits - 1; i > keyDigit; i--) x = 16.0 * x + hexDigit(digits, total, i);
        int digit = hexDigit(digits, total, keyDigit);
        x = 16.0 * x + (digit & (16 - 2 * halfEps));
        if ((digit & halfEps) != 0) {
            boolean roundUp = false;
            if ((digit & (3 * halfEps - 1)) != 0 || (halfEps == 8 && keyDigit + 1 < ndigits
                    && (hexDigit(digits, total, keyDigit + 1) & 1) != 0)) {
                roundUp = true;
            } else {
                for (int i = keyDigit - 1; i >= 0; i--) {
                    if (hexDigit(digits, total, i) != 0) {
                        roundUp = true;
                        break;
                    }
                }
            }
            if (roundUp) {
                x += 2 * halfEps;
                if (topExp == DBL_MAX_EXP && x == Math.scalb((double) (2 * halfEps), DBL_MANT_DIG)) throw overflow();
            }
        }
        return Math.scalb(x, (int) (exp + 4L * keyDigit));
    }

    /** The j-th least significant digit. */
    private static int hexDigit(CharSequence digits, int total, int j) {
        return Character.digit(digits.charAt(total - 1 - j), 16);
    }

    /** The end of "inf", "infinity" or "nan" (signed, any case) at p, or p. */
    // CPython: Python/pystrtod.c _Py_parse_inf_or_nan
    private static int infOrNan(String s, int p) {
        int i = p;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
        if (s.regionMatches(true, i, "inf", 0, 3)) {
            i += 3;
            return s.regionMatches(true, i, "inity", 0, 5) ? i + 5 : i;
        }
        return s.regionMatches(true, i, "nan", 0, 3) ? i + 3 : p;
    }

    private static RuntimeException parseError() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }

    private static RuntimeException overflow() {
        return Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "hexadecimal value too large to represent as a float");
    }
}
