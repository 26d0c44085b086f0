package dev.pyjama.code;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** C's {@code printf("%.17g")} as CPython's {@code PyOS_double_to_string(v, 'g', 17, 0, NULL)} formats it. */
// CPython: Python/pystrtod.c PyOS_double_to_string (format_code 'g', no flags)
final class CFormat {
    private CFormat() {}

    static String repr17g(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = Double.doubleToRawLongBits(d) < 0 ? "-" : "";
        if (d == 0) return sign + "0";
        BigDecimal v = new BigDecimal(Math.abs(d)).round(new MathContext(17, RoundingMode.HALF_EVEN));
        String digits = v.unscaledValue().toString();
        int exp = digits.length() - 1 - v.scale();      // decimal exponent of the first digit
        digits = stripZeros(digits);
        StringBuilder sb = new StringBuilder(sign);
        if (exp < -4 || exp >= 17) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) sb.append('0');
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') end--;
        return s.substring(0, end);
    }
}
