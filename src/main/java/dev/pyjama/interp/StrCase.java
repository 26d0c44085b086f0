package dev.pyjama.interp;

import dev.pyjama.objects.UnicodeData;
import java.util.Locale;

/** str.title, str.capitalize and str.swapcase: full case mappings, one code point at a time, with the final sigma rule. */
// CPython: Objects/unicodeobject.c do_title, do_capitalize, do_swapcase, lower_ucs4, handle_capital_sigma
final class StrCase {
    private StrCase() {}

    // CPython: Objects/unicodeobject.c do_title
    static String title(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousIsCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (previousIsCased) lower(cps, i, sb);
            else titleFull(c, sb);
            previousIsCased = isCased(c);
        }
        return sb.toString();
    }

    // CPython: Objects/unicodeobject.c do_capitalize
    static String capitalize(String s) {
        String ascii = capitalizeAscii(s);
        if (ascii != null) return ascii;
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        if (cps.length == 0) return "";
        titleFull(cps[0], sb);
        for (int i = 1; i < cps.length; i++) lower(cps, i, sb);
        return sb.toString();
    }

    /** capitalize() of an ASCII string (one char array, no code point array); null when not ASCII. */
    private static String capitalizeAscii(String s) {
        int n = s.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return null;
            if (i == 0 ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z') c ^= 0x20;
            out[i] = c;
        }
        return new String(out);
    }

    // CPython: Objects/unicodeobject.c do_swapcase
    static String swapcase(String s) {
        int[] cps = s.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isUpperCase(c)) lower(cps, i, sb);
            else if (Character.isLowerCase(c)) sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
            else sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    private static void titleFull(int c, StringBuilder sb) {
        for (int m : UnicodeData.toTitleFull(c)) sb.appendCodePoint(m);
    }

    // CPython: Objects/unicodeobject.c lower_ucs4
    private static void lower(int[] cps, int i, StringBuilder sb) {
        int c = cps[i];
        if (c == 0x3A3) {
            sb.appendCodePoint(capitalSigma(cps, i));
            return;
        }
        sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }

    /** U+03A3 lowers to final sigma after a cased letter and not before one (case-ignorable ones skipped). */
    // CPython: Objects/unicodeobject.c handle_capital_sigma
    private static int capitalSigma(int[] cps, int i) {
        int j;
        int c = 0;
        for (j = i - 1; j >= 0; j--) {
            c = cps[j];
            if (!isCaseIgnorable(c)) break;
        }
        boolean finalSigma = j >= 0 && isCased(c);
        if (finalSigma) {
            for (j = i + 1; j < cps.length; j++) {
                c = cps[j];
                if (!isCaseIgnorable(c)) break;
            }
            finalSigma = j == cps.length || !isCased(c);
        }
        return finalSigma ? 0x3C2 : 0x3C3;
    }

    static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    /** Unicode's Case_Ignorable: marks, format characters, modifiers and the word-internal punctuation. */
    private static boolean isCaseIgnorable(int c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                return "'.:^`\u00A8\u00AD\u00AF\u00B4\u00B7\u00B8\u0387\u055F\u05F4\u2018\u2019\u2024\u2027\uFE13\uFE52\uFE55\uFF07\uFF0E\uFF1A"
                        .indexOf(c) >= 0;
        }
    }
}
