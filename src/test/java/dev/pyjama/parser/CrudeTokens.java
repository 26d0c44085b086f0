package dev.pyjama.parser;

import java.util.Arrays;

/**
 * Token boundaries good enough for splicing sources together: names and numbers, string
 * literals (with their prefixes, triple-quoted ones across lines), newlines, and single
 * punctuation characters. Deliberately independent of the tokenizer under test.
 */
final class CrudeTokens {
    private CrudeTokens() {}

    /** Start offsets of the tokens of {@code s}, then {@code s.length}; never empty. */
    static int[] boundaries(byte[] s) {
        int[] out = new int[16];
        int n = 0;
        int i = 0;
        while (i < s.length) {
            int c = s[i] & 0xff;
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
                continue;
            }
            if (n == out.length) out = Arrays.copyOf(out, n * 2);
            out[n++] = i;
            if (c == '#') {
                while (i < s.length && s[i] != '\n') i++;
            } else if (isWord(c)) {
                int start = i;
                while (i < s.length && isWord(s[i] & 0xff)) i++;
                if (i < s.length && (s[i] == '\'' || s[i] == '"') && i - start <= 3) {
                    i = skipString(s, i);
                }
            } else if (c == '\'' || c == '"') {
                i = skipString(s, i);
            } else {
                i++;
            }
        }
        if (n == out.length) out = Arrays.copyOf(out, n + 1);
        out[n++] = s.length;
        return Arrays.copyOf(out, n);
    }

    private static boolean isWord(int c) {
        return c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The offset just past the string literal whose opening quote is at {@code i}. */
    private static int skipString(byte[] s, int i) {
        byte q = s[i];
        boolean triple = i + 2 < s.length && s[i + 1] == q && s[i + 2] == q;
        i += triple ? 3 : 1;
        while (i < s.length) {
            byte b = s[i];
            if (b == '\\') {
                i += 2;
            } else if (b == q && (!triple || (i + 2 < s.length && s[i + 1] == q && s[i + 2] == q))) {
                return i + (triple ? 3 : 1);
            } else if (b == '\n' && !triple) {
                return i;
            } else {
                i++;
            }
        }
        return s.length;
    }
}
