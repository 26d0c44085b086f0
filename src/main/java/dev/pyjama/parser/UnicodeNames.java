package dev.pyjama.parser;

import java.util.Locale;

/**
 * Looks up a character by its Unicode name, for {@code \N{...}} escapes. Names match case
 * insensitively, as in CPython. Hangul syllables and CJK unified ideographs have
 * algorithmic names; other names come from the JDK's character database.
 */
// CPython: Modules/unicodedata.c _getcode
public final class UnicodeNames {
    private UnicodeNames() {}

    private static final String[] JAMO_L = {
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    // CJK unified ideograph ranges of Unicode 15.1 (CPython 3.13's database).
    private static final int[][] IDEOGRAPHS = {
        {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739}, {0x2B740, 0x2B81D},
        {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x2EBF0, 0x2EE5D}, {0x30000, 0x3134A}, {0x31350, 0x323AF},
    };

    /** The code point named {@code name}, or -1. */
    public static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring(16));
        }
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            String hex = upper.substring(22);
            if (hex.length() != 4 && hex.length() != 5) return -1;
            int v;
            try {
                v = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                return -1;
            }
            for (int[] r : IDEOGRAPHS) {
                if (v >= r[0] && v <= r[1]) return v;
            }
            return -1;
        }
        if (!name.equals(name.strip()) || name.isEmpty()) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // The JDK makes up names ("BLOCK NAME 1234") for characters without one.
        String real = Character.getName(cp);
        return real != null && real.equalsIgnoreCase(name) ? cp : -1;
    }

    private static int hangul(String rest) {
        int l = longestPrefix(JAMO_L, rest, 0);
        if (l < 0) return -1;
        int pos = JAMO_L[l].length();
        int v = longestPrefix(JAMO_V, rest, pos);
        if (v < 0) return -1;
        pos += JAMO_V[v].length();
        int t = longestPrefix(JAMO_T, rest, pos);
        if (t < 0) return -1;
        pos += JAMO_T[t].length();
        if (pos != rest.length()) return -1;
        return 0xAC00 + (l * 21 + v) * 28 + t;
    }

    private static int longestPrefix(String[] table, String s, int from) {
        int best = -1, bestLen = -1;
        for (int i = 0; i < table.length; i++) {
            String p = table[i];
            if (p.length() > bestLen && s.startsWith(p, from)) {
                best = i;
                bestLen = p.length();
            }
        }
        return best;
    }
}
