package dev.pyjama.interp;

import dev.pyjama.objects.IntMath;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyObjects;
import dev.pyjama.objects.PyStr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** The format-spec mini-language of int, float and str ({@code format(x, spec)}, f-strings). */
// CPython: Python/formatter_unicode.c
public final class Formatter {
    private Formatter() {}

    /** A parsed format spec. */
    static final class Spec {
        int fill = ' ';
        boolean fillSpecified;
        char align;  // 0 when not given
        char sign;   // 0, '+', '-', ' '
        boolean z, alt, zeroPad;
        long width = -1;
        char grouping;  // 0, ',', '_'
        int precision = -1;
        char type;  // 0 when not given
    }

    // CPython: Python/formatter_unicode.c parse_internal_render_format_spec
    static Spec parse(String text, PyObject o, char defaultType, char defaultAlign) {
        Spec s = new Spec();
        int[] f = text.codePoints().toArray();
        int i = 0, n = f.length;
        if (n >= 2 && isAlign(f[1])) {
            s.fill = f[0];
            s.fillSpecified = true;
            s.align = (char) f[1];
            i = 2;
        } else if (n >= 1 && isAlign(f[0])) {
            s.align = (char) f[0];
            i = 1;
        }
        if (i < n && (f[i] == '+' || f[i] == '-' || f[i] == ' ')) s.sign = (char) f[i++];
        if (i < n && f[i] == 'z') {
            s.z = true;
            i++;
        }
        if (i < n && f[i] == '#') {
            s.alt = true;
            i++;
        }
        // The '0' flag means fill '0' unless a fill was given; it implies '=' only when no alignment was
        // given and the type aligns right by default (numbers): format(7, '<05') is '70000', format('ab', '05') 'ab000'.
        if (!s.fillSpecified && i < n && f[i] == '0') {
            s.fill = '0';
            if (s.align == 0 && defaultAlign == '>') s.align = '=';
            s.zeroPad = true;
            i++;
        }
        int start = i;
        long w = 0;
        while (i < n && f[i] >= '0' && f[i] <= '9') w = Math.min(w * 10 + (f[i++] - '0'), Integer.MAX_VALUE);
        if (i > start) s.width = w;
        if (i < n && (f[i] == ',' || f[i] == '_')) {
            s.grouping = (char) f[i++];
            if (i < n && (f[i] == ',' || f[i] == '_')) throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        if (i < n && f[i] == '.') {
            i++;
            start = i;
            long p = 0;
            while (i < n && f[i] >= '0' && f[i] <= '9') p = Math.min(p * 10 + (f[i++] - '0'), Integer.MAX_VALUE);
            if (i == start) throw Errors.valueError("Format specifier missing precision");
            s.precision = (int) p;
        }
        if (n - i > 1) {
            throw Errors.valueError("Invalid format specifier '" + text + "' for object of type '" + o.typeName() + "'");
        }
        if (i < n) s.type = (char) f[i];
        if (s.grouping != 0) {
            char t = s.type == 0 ? defaultType : s.type;
            boolean ok = t == 0 || (s.grouping == ',' ? "dfFgGeE%" : "dfFgGeE%boxXn").indexOf(t) >= 0;
            if (t == 'n' || !ok) {
                throw Errors.valueError("Cannot specify '" + s.grouping + "' with '" + (char) (t == 0 ? 's' : t) + "'.");
            }
        }
        return s;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** {@code format(o, spec)} for str, int, bool and float. */
    public static PyStr format(PyObject o, String spec) {
        if (o instanceof PyStr s) return PyStr.of(formatStr(s.value(), spec, o));
        if (o instanceof PyFloat f) return PyStr.of(formatFloat(f.value, spec, o));
        if (o instanceof PyBool b && spec.isEmpty()) return PyStr.of(b.repr());
        return PyStr.of(formatInt(PyObjects.asInt(o), spec, o));
    }

    // CPython: Python/formatter_unicode.c format_string_internal
    static String formatStr(String v, String spec, PyObject o) {
        if (spec.isEmpty()) return v;
        Spec s = parse(spec, o, 's', '<');
        if (s.type != 0 && s.type != 's') throw unknown(s.type, o);
        if (s.sign != 0) throw Errors.valueError("Sign not allowed in string format specifier");
        if (s.alt) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (s.z) throw Errors.valueError("Negative zero coercion (z) not allowed in format specifier");
        if (s.align == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        if (s.precision >= 0) {
            int len = v.codePointCount(0, v.length());
            if (s.precision < len) v = v.substring(0, v.offsetByCodePoints(0, s.precision));
        }
        return pad("", v, s, '<');
    }

    static RuntimeException unknown(char type, PyObject o) {
        return Errors.valueError("Unknown format code '" + type + "' for object of type '" + o.typeName() + "'");
    }

    /** Pads sign + body to the width with the fill, as the alignment says ('=' puts the padding after the sign). */
    private static String pad(String sign, String body, Spec s, char defaultAlign) {
        int len = sign.length() + body.codePointCount(0, body.length());
        if (s.width <= len) return sign + body;
        int n = (int) (s.width - len);
        String fill = new String(Character.toChars(s.fill));
        char align = s.align == 0 ? defaultAlign : s.align;
        switch (align) {
            case '<': return sign + body + fill.repeat(n);
            case '^': return fill.repeat(n / 2) + sign + body + fill.repeat(n - n / 2);
            case '=': return sign + fill.repeat(n) + body;
            default: return fill.repeat(n) + sign + body;
        }
    }

    // CPython: Python/formatter_unicode.c format_long_internal
    static String formatInt(PyInt v, String spec, PyObject o) {
        if (spec.isEmpty()) return v.repr();
        Spec s = parse(spec, o, 'd', '>');
        char type = s.type == 0 ? 'd' : s.type;
        switch (type) {
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return formatFloat(IntMath.toDouble(v), spec, o);
            case 'b': case 'o': case 'x': case 'X': case 'd': case 'n': case 'c':
                break;
            default:
                throw unknown(type, o);
        }
        if (s.precision >= 0) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (s.z) throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (type == 'c') {
            if (s.sign != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (s.alt) throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            long c = v.fitsLong() ? v.longValue() : -1;
            if (c < 0 || c > 0x10ffff) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "%c arg not in range(0x110000)");
            return pad("", new String(Character.toChars((int) c)), s, '>');
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        BigInteger big = v.bigValue();
        String digits = big.abs().toString(radix);
        if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        String prefix = !s.alt ? "" : type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
        String sign = big.signum() < 0 ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        return finishNumber(sign + prefix, digits, "", s, radix == 10 ? 3 : 4);
    }

    /** Groups the integer digits, and zero-pads between sign and digits when the fill is '0' with '='. */
    private static String finishNumber(String sign, String intDigits, String rest, Spec s, int groupSize) {
        if (s.grouping != 0) {
            String g = group(intDigits, s.grouping, groupSize);
            // CPython: Python/formatter_unicode.c calc_number_widths (fill '0' with '=' pads inside the grouping)
            if (s.fill == '0' && s.align == '=' && s.width > 0) {
                // zero padding takes part in grouping
                long want = s.width - sign.length() - rest.length();
                while (g.length() < want) {
                    intDigits = "0" + intDigits;
                    g = group(intDigits, s.grouping, groupSize);
                }
            }
            intDigits = g;
        }
        return pad(sign, intDigits + rest, s, '>');
    }

    static String group(String digits, char sep, int size) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) sb.append(sep);
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    // CPython: Python/formatter_unicode.c format_float_internal
    static String formatFloat(double d, String spec, PyObject o) {
        if (spec.isEmpty()) return PyFloat.repr(d);
        Spec s = parse(spec, o, 'g', '>');
        char type = s.type;
        switch (type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': case 'n':
                break;
            default:
                throw unknown(type, o);
        }
        boolean neg = Double.doubleToRawLongBits(d) < 0 && !Double.isNaN(d);
        double a = Math.abs(d);
        if (type == '%') a *= 100;
        String body;
        int prec = s.precision;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') body = body.toUpperCase(java.util.Locale.ROOT);
            if (type == '%') body += "%";
        } else if (type == 0 && prec < 0) {
            StringBuilder sb = new StringBuilder();
            PyFloat.appendRepr(sb, a, true, false);
            body = sb.toString();
            if (s.alt && body.indexOf('.') < 0 && body.indexOf('e') >= 0) body = body.replace("e", ".e");
        } else {
            char t = type == 0 ? 'g' : type == 'n' ? 'g' : type;
            if (prec < 0) prec = 6;
            body = fixedOrExp(a, t == '%' ? 'f' : t, prec, s.alt, type == 0);
            if (type == '%') body += "%";
        }
        if (s.z && neg && !Double.isInfinite(d) && isZeroText(body)) neg = false;
        String sign = neg ? "-" : s.sign == '+' ? "+" : s.sign == ' ' ? " " : "";
        int dot = body.indexOf('.');
        int end = dot >= 0 ? dot : indexOfAny(body, "eE%");
        if (end < 0) end = body.length();
        return finishNumber(sign, body.substring(0, end), body.substring(end), s, 3);
    }

    private static boolean isZeroText(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
        return -1;
    }

    /** printf-style %e %f %g of a non-negative finite value; {@code noneType} is format's empty type with a precision. */
    // CPython: Python/pystrtod.c PyOS_double_to_string
    static String fixedOrExp(double a, char t, int prec, boolean alt, boolean noneType) {
        switch (t) {
            case 'f': case 'F':
                return fixed(a, prec, alt);
            case 'e': case 'E': {
                String r = exp(a, prec, alt);
                return t == 'E' ? r.toUpperCase(java.util.Locale.ROOT) : r;
            }
            default: {
                int p = prec == 0 ? 1 : prec;
                int x;
                if (a == 0) {
                    x = 0;
                } else {
                    BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
                    x = r.precision() - r.scale() - 1;
                }
                String out;
                if (x >= -4 && x < (noneType ? p - 1 : p)) {
                    out = fixed(a, p - 1 - x, alt);
                    if (!alt) out = stripZeros(out);
                    if (noneType && out.indexOf('.') < 0) out += ".0";
                } else {
                    out = exp(a, p - 1, alt);
                    if (!alt) {
                        int e = out.indexOf('e');
                        out = stripZeros(out.substring(0, e)) + out.substring(e);
                    }
                }
                return t == 'G' ? out.toUpperCase(java.util.Locale.ROOT) : out;
            }
        }
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) return s;
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '0') e--;
        if (e > 0 && s.charAt(e - 1) == '.') e--;
        return s.substring(0, e);
    }

    static String fixed(double a, int prec, boolean alt) {
        String r = new BigDecimal(a).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        if (alt && prec == 0) r += ".";
        return r;
    }

    static String exp(double a, int prec, boolean alt) {
        String mant;
        int e;
        if (a == 0) {
            mant = prec > 0 ? "0." + "0".repeat(prec) : "0";
            e = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
            e = r.precision() - r.scale() - 1;
            String digits = r.unscaledValue().toString();
            while (digits.length() < prec + 1) digits += "0";
            digits = digits.substring(0, prec + 1);
            mant = prec > 0 ? digits.charAt(0) + "." + digits.substring(1) : digits;
        }
        if (alt && prec == 0) mant += ".";
        return mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
    }
}
