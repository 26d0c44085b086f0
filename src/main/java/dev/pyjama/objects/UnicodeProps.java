package dev.pyjama.objects;

import java.util.Map;
import java.util.Set;

/**
 * The str predicates ({@code isdecimal}, {@code isdigit}, {@code isnumeric}, {@code isalpha})
 * and the case folding of CPython 3.13 (Unicode 15.1), which the JDK's Character methods do not
 * give (another Unicode version, other rules: Character.isDigit is Python's isdecimal, numeric
 * values of CJK ideographs are missing, casefold is no JDK operation). Loaded on first use from
 * unicode-props.txt, which tools/gen_unicode_tables.py writes by asking the CPython binary.
 */
// CPython: Objects/unicodectype.c _PyUnicode_IsDecimalDigit, _PyUnicode_IsDigit, _PyUnicode_IsNumeric, _PyUnicode_IsAlpha, _PyUnicode_ToFoldedFull
public final class UnicodeProps {
    private static final CodePointSet DECIMAL, DIGIT, NUMERIC, ALPHA;
    private static final Map<Integer, int[]> CASEFOLD;

    static {
        Map<String, Object> t = UnicodeTableFile.read("unicode-props.txt", Set.of("casefold"));
        DECIMAL = UnicodeTableFile.set(t, "decimal");
        DIGIT = UnicodeTableFile.set(t, "digit");
        NUMERIC = UnicodeTableFile.set(t, "numeric");
        ALPHA = UnicodeTableFile.set(t, "alpha");
        CASEFOLD = UnicodeTableFile.mapping(t, "casefold");
    }

    private UnicodeProps() {}

    public static boolean isDecimal(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : DECIMAL.contains(cp);
    }

    public static boolean isDigit(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : DIGIT.contains(cp);
    }

    public static boolean isNumeric(int cp) {
        return cp < 128 ? cp >= '0' && cp <= '9' : NUMERIC.contains(cp);
    }

    public static boolean isAlpha(int cp) {
        return cp < 128 ? (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' : ALPHA.contains(cp);
    }

    /** {@code s.casefold()}: each code point's full case folding. */
    // CPython: Objects/unicodeobject.c do_casefold
    public static String casefold(String s) {
        int n = s.length(), i = 0;
        while (i < n && s.charAt(i) < 128) i++;
        if (i == n) return s.toLowerCase(java.util.Locale.ROOT); // ASCII: folding is lowercasing
        StringBuilder sb = new StringBuilder(n + 8).append(s.substring(0, i).toLowerCase(java.util.Locale.ROOT));
        for (int k = i; k < n; ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
                continue;
            }
            int[] m = CASEFOLD.get(cp);
            if (m == null) sb.appendCodePoint(cp);
            else for (int x : m) sb.appendCodePoint(x);
        }
        return sb.toString();
    }
}
