package dev.pyjama.interp;

import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;

/** {@code format(complex, spec)}: both parts formatted alike, the imaginary one always signed. */
// CPython: Python/formatter_unicode.c format_complex_internal
final class ComplexFormat {
    private ComplexFormat() {}

    /** {@code format(z, spec)} for a non-empty spec. */
    // CPython: Python/formatter_unicode.c _PyComplex_FormatAdvancedWriter
    static String format(PyComplex z, String spec) {
        Formatter.Spec s = Formatter.parse(spec, z, (char) 0, '>');
        switch (s.type) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw Formatter.unknown(s.type, z);
        }
        if (s.fill == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (s.align == '=') throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        double re = z.real, im = z.imag;
        char type = s.type;
        int precision = s.precision, defaultPrecision = 6;
        boolean skipRe = false, parens = false;
        if (type == 0) {
            // like str(z)
            type = 'r';
            defaultPrecision = 0;
            if (Double.doubleToRawLongBits(re) == 0L) skipRe = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String reText = toString(re, type, precision, s.alt, s.z);
        String imText = toString(im, type, precision, s.alt, s.z);
        StringBuilder body = new StringBuilder();
        if (parens) body.append('(');
        if (!skipRe) body.append(part(reText, s.sign, s.grouping));
        body.append(part(imText, skipRe ? s.sign : '+', s.grouping)).append('j');
        if (parens) body.append(')');
        return pad(body.toString(), s);
    }

    /** A part's sign and its digits, grouped when asked. */
    // CPython: Python/formatter_unicode.c calc_number_widths, fill_number (without padding)
    private static String part(String text, char signOpt, char grouping) {
        String sign = "";
        if (text.startsWith("-")) {
            sign = "-";
            text = text.substring(1);
        } else if (signOpt == '+' || signOpt == ' ') {
            sign = String.valueOf(signOpt);
        }
        int k = 0;
        while (k < text.length() && text.charAt(k) >= '0' && text.charAt(k) <= '9') k++;
        String digits = text.substring(0, k);
        if (grouping != 0) digits = Formatter.group(digits, grouping, 3);
        return sign + digits + text.substring(k);
    }

    // CPython: Python/formatter_unicode.c calc_padding, fill_padding
    private static String pad(String body, Formatter.Spec s) {
        int len = body.codePointCount(0, body.length());
        if (s.width <= len) return body;
        int n = (int) (s.width - len);
        String fill = new String(Character.toChars(s.fill));
        char align = s.align == 0 ? '>' : s.align;
        switch (align) {
            case '<': return body + fill.repeat(n);
            case '^': return fill.repeat(n / 2) + body + fill.repeat(n - n / 2);
            default: return fill.repeat(n) + body;
        }
    }

    /** One part as PyOS_double_to_string writes it: a '-' for negative values (never for a NaN). */
    // CPython: Python/pystrtod.c PyOS_double_to_string, format_float_short
    static String toString(double d, char type, int precision, boolean alt, boolean noNegZero) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        boolean neg = Double.doubleToRawLongBits(d) < 0;
        String body;
        if (Double.isNaN(d)) {
            return upper ? "NAN" : "nan";
        } else if (Double.isInfinite(d)) {
            body = upper ? "INF" : "inf";
        } else if (type == 'r') {
            StringBuilder sb = new StringBuilder();
            PyFloat.appendRepr(sb, Math.abs(d), false, false);
            body = sb.toString();
            if (alt && body.indexOf('.') < 0) {
                int e = body.indexOf('e');
                body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
            }
        } else {
            body = Formatter.fixedOrExp(Math.abs(d), type, precision, alt, false);
        }
        if (neg && noNegZero && !Double.isInfinite(d) && isZero(body)) neg = false;
        return neg ? "-" + body : body;
    }

    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') break;
            if (c >= '1' && c <= '9') return false;
        }
        return true;
    }
}
