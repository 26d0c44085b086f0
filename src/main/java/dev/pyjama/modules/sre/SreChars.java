package dev.pyjama.modules.sre;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The character predicates and case mappings of the engine: the ASCII ones of sre.c, the
 * "C" locale ones (pyjama's locale is always C), and the Unicode ones, which follow CPython
 * 3.13's Unicode 15.1 tables (sre-unicode.txt, written by tools/gen_sre_unicode.py) rather
 * than the JDK's older data.
 */
// CPython: Modules/_sre/sre.c (SRE_IS_* macros, sre_lower_*, sre_upper_*, sre_category, char_loc_ignore)
final class SreChars {
    private SreChars() {}

    private static final Map<Integer, Integer> LOWER = new HashMap<>(), UPPER = new HashMap<>();
    /** Sorted range bounds: [first0, end0, first1, end1, ...] with exclusive ends. */
    private static final int[] DECIMAL, SPACE, ALNUM, LINEBREAK;

    static {
        Map<String, int[]> sets = new HashMap<>();
        try (InputStream in = SreChars.class.getResourceAsStream("sre-unicode.txt")) {
            if (in == null) throw new IllegalStateException("resource sre-unicode.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String section = null;
            int[] bounds = new int[64];
            int n = 0;
            for (String line = r.readLine(); ; line = r.readLine()) {
                if (line == null || line.startsWith("[")) {
                    if (section != null && !section.equals("lower") && !section.equals("upper")) {
                        sets.put(section, Arrays.copyOf(bounds, n));
                    }
                    if (line == null) break;
                    section = line.substring(1, line.length() - 1);
                    n = 0;
                    continue;
                }
                if (line.isEmpty() || line.startsWith("#")) continue;
                int space = line.indexOf(' ');
                int a = Integer.parseInt(line.substring(0, space), 16), b = Integer.parseInt(line.substring(space + 1), 16);
                if (section.equals("lower")) {
                    LOWER.put(a, b);
                } else if (section.equals("upper")) {
                    UPPER.put(a, b);
                } else {
                    if (n + 2 > bounds.length) bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    bounds[n++] = a;
                    bounds[n++] = b + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DECIMAL = sets.get("decimal");
        SPACE = sets.get("space");
        ALNUM = sets.get("alnum");
        LINEBREAK = sets.get("linebreak");
        if (DECIMAL == null || SPACE == null || ALNUM == null || LINEBREAK == null) {
            throw new IllegalStateException("sre-unicode.txt lacks a table");
        }
    }

    private static boolean in(int[] bounds, int ch) {
        int i = Arrays.binarySearch(bounds, ch);
        // an exact hit on an even index is a first code point; an insertion point after an
        // odd number of bounds lies inside a range
        return i >= 0 ? (i & 1) == 0 : ((-i - 1) & 1) == 1;
    }

    // ---- ASCII (Py_ISDIGIT & co. of pyctype.h)

    static boolean isDigit(int ch) {
        return ch >= '0' && ch <= '9';
    }

    static boolean isSpace(int ch) {
        return ch == ' ' || (ch >= '\t' && ch <= '\r');
    }

    static boolean isLinebreak(int ch) {
        return ch == '\n';
    }

    static boolean isAlnum(int ch) {
        return ch < 128 && (isDigit(ch) || (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    }

    static boolean isWord(int ch) {
        return isAlnum(ch) || ch == '_';
    }

    static int lowerAscii(int ch) {
        return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
    }

    // ---- the C locale: only ASCII letters have cases, only ASCII letters and digits are alnum

    static boolean locIsWord(int ch) {
        return isWord(ch);
    }

    static int lowerLocale(int ch) {
        return lowerAscii(ch);
    }

    static int upperLocale(int ch) {
        return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    }

    // ---- Unicode

    static boolean uniIsDigit(int ch) {
        return in(DECIMAL, ch);
    }

    static boolean uniIsSpace(int ch) {
        return in(SPACE, ch);
    }

    static boolean uniIsLinebreak(int ch) {
        return in(LINEBREAK, ch);
    }

    static boolean uniIsWord(int ch) {
        return ch == '_' || in(ALNUM, ch);
    }

    static int lowerUnicode(int ch) {
        if (ch < 128) return lowerAscii(ch);
        Integer v = LOWER.get(ch);
        return v == null ? ch : v;
    }

    static int upperUnicode(int ch) {
        if (ch < 128) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
        Integer v = UPPER.get(ch);
        return v == null ? ch : v;
    }

    static boolean charLocIgnore(int pattern, int ch) {
        return ch == pattern || lowerLocale(ch) == pattern || upperLocale(ch) == pattern;
    }

    // CPython: Modules/_sre/sre.c sre_category
    static boolean category(int category, int ch) {
        switch (category) {
            case SreConstants.CATEGORY_DIGIT: return isDigit(ch);
            case SreConstants.CATEGORY_NOT_DIGIT: return !isDigit(ch);
            case SreConstants.CATEGORY_SPACE: return isSpace(ch);
            case SreConstants.CATEGORY_NOT_SPACE: return !isSpace(ch);
            case SreConstants.CATEGORY_WORD: return isWord(ch);
            case SreConstants.CATEGORY_NOT_WORD: return !isWord(ch);
            case SreConstants.CATEGORY_LINEBREAK: return isLinebreak(ch);
            case SreConstants.CATEGORY_NOT_LINEBREAK: return !isLinebreak(ch);
            case SreConstants.CATEGORY_LOC_WORD: return locIsWord(ch);
            case SreConstants.CATEGORY_LOC_NOT_WORD: return !locIsWord(ch);
            case SreConstants.CATEGORY_UNI_DIGIT: return uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_NOT_DIGIT: return !uniIsDigit(ch);
            case SreConstants.CATEGORY_UNI_SPACE: return uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_NOT_SPACE: return !uniIsSpace(ch);
            case SreConstants.CATEGORY_UNI_WORD: return uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_NOT_WORD: return !uniIsWord(ch);
            case SreConstants.CATEGORY_UNI_LINEBREAK: return uniIsLinebreak(ch);
            case SreConstants.CATEGORY_UNI_NOT_LINEBREAK: return !uniIsLinebreak(ch);
            default: return false;
        }
    }
}
