package dev.pyjama.interp;

/** The prefix of a string that reads as a float, as C's strtod finds it (no underscores). */
// CPython: Python/pystrtod.c _PyOS_ascii_strtod, _Py_parse_inf_or_nan; Python/dtoa.c _Py_dg_strtod
final class FloatParsing {
    private FloatParsing() {}

    /**
     * The end of the longest float at {@code p} in {@code s} (an optional sign, then
     * {@code inf}, {@code infinity}, {@code nan} in any case, or digits with an optional point
     * and an exponent that has digits); {@code p} when there is none.
     */
    static int scan(String s, int p) {
        int n = s.length(), i = p;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (matches(s, i, "inf")) {
            i += 3;
            return matches(s, i, "inity") ? i + 5 : i;
        }
        if (matches(s, i, "nan")) return i + 3;
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return p;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            int k = j;
            while (k < n && isDigit(s.charAt(k))) k++;
            if (k > j) i = k;
        }
        return i;
    }

    /** The value of {@code s[p:end]}, a float that {@link #scan} found (overflow gives an infinity). */
    static double value(String s, int p, int end) {
        String t = s.substring(p, end);
        String body = t.charAt(0) == '+' || t.charAt(0) == '-' ? t.substring(1) : t;
        boolean neg = t.charAt(0) == '-';
        char c = Character.toLowerCase(body.charAt(0));
        if (c == 'i') return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (c == 'n') return neg ? -Double.NaN : Double.NaN;
        return Double.parseDouble(t);
    }

    private static boolean matches(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // CPython: Include/pyctype.h Py_ISSPACE
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == '\f';
    }

    /** {@code s} without its underscores, which must each sit between two digits; null when one does not (or s has a NUL). */
    // CPython: Python/pystrtod.c _Py_string_to_number_with_underscores
    static String removeUnderscores(String s) {
        if (s.indexOf('_') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '_') {
                if (!isDigit(prev)) return null;
            } else {
                sb.append(c);
                if (prev == '_' && !isDigit(c)) return null;
            }
            prev = c;
        }
        if (prev == '_' || s.indexOf('\0') >= 0) return null;
        return sb.toString();
    }
}
