package dev.pyjama.parser;

/**
 * UTF-8 helpers with CPython's exact semantics: which byte sequences are invalid, how an
 * error is described ({@code UnicodeDecodeError}'s text), and how the {@code "replace"}
 * error handler substitutes U+FFFD (one per invalid run, as CPython's decoder defines it).
 * The tokenizer needs these to build error texts and character offsets the way CPython does.
 */
// CPython: Objects/stringlib/codecs.h utf8_decode, Objects/unicodeobject.c unicode_decode_utf8
final class Utf8 {
    private Utf8() {}

    /** Result code of {@link #scan}: a valid sequence, or which kind of error. */
    private static final int INVALID_START = -1;
    private static final int TRUNCATED = -2;

    private static boolean isCont(int b) {
        return b >= 0x80 && b < 0xC0;
    }

    /**
     * Looks at the sequence starting at {@code p} (which must be {@code < end}). Returns its
     * length (1..4) when valid; otherwise {@code INVALID_START}, {@code TRUNCATED}, or
     * {@code -(10 + n)} for an invalid continuation byte after {@code n} good bytes.
     */
    private static int scan(byte[] s, int p, int end) {
        int ch = s[p] & 0xff;
        if (ch < 0x80) return 1;
        if (ch < 0xC2) return INVALID_START;
        if (ch < 0xE0) {
            if (end - p < 2) return TRUNCATED;
            return isCont(s[p + 1] & 0xff) ? 2 : -11;
        }
        if (ch < 0xF0) {
            if (end - p < 2) return TRUNCATED;
            int c2 = s[p + 1] & 0xff;
            if (!isCont(c2) || (c2 < 0xA0 ? ch == 0xE0 : ch == 0xED)) return -11;
            if (end - p < 3) return TRUNCATED;
            return isCont(s[p + 2] & 0xff) ? 3 : -12;
        }
        if (ch < 0xF5) {
            if (end - p < 2) return TRUNCATED;
            int c2 = s[p + 1] & 0xff;
            if (!isCont(c2) || (c2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) return -11;
            if (end - p < 3) return TRUNCATED;
            if (!isCont(s[p + 2] & 0xff)) return -12;
            if (end - p < 4) return TRUNCATED;
            return isCont(s[p + 3] & 0xff) ? 4 : -13;
        }
        return INVALID_START;
    }

    /** Length in bytes of the run that one U+FFFD replaces for the error code {@code r} at p. */
    private static int errorLength(int r, int p, int end) {
        if (r == INVALID_START) return 1;
        if (r == TRUNCATED) return end - p;
        return -r - 10;
    }

    /** Number of code points {@code s[from, to)} decodes to under the "replace" handler. */
    static int countChars(byte[] s, int from, int to) {
        int n = 0;
        int p = from;
        while (p < to) {
            int b = s[p];
            if (b >= 0) {
                p++;
            } else {
                int r = scan(s, p, to);
                p += r > 0 ? r : errorLength(r, p, to);
            }
            n++;
        }
        return n;
    }

    /** {@code s[from, to)} decoded with CPython's "replace" error handler. */
    static String decodeReplace(byte[] s, int from, int to) {
        StringBuilder sb = null;
        int p = from;
        int ascii = from;
        while (p < to && s[p] >= 0) p++;
        if (p == to) return new String(s, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        sb = new StringBuilder(to - from);
        for (int i = ascii; i < p; i++) sb.append((char) s[i]);
        while (p < to) {
            int b = s[p] & 0xff;
            if (b < 0x80) {
                sb.append((char) b);
                p++;
                continue;
            }
            int r = scan(s, p, to);
            if (r > 0) {
                int cp;
                if (r == 2) {
                    cp = ((b & 0x1F) << 6) | (s[p + 1] & 0x3F);
                } else if (r == 3) {
                    cp = ((b & 0x0F) << 12) | ((s[p + 1] & 0x3F) << 6) | (s[p + 2] & 0x3F);
                } else {
                    cp = ((b & 0x07) << 18) | ((s[p + 1] & 0x3F) << 12) | ((s[p + 2] & 0x3F) << 6) | (s[p + 3] & 0x3F);
                }
                sb.appendCodePoint(cp);
                p += r;
            } else {
                sb.append('\uFFFD');
                p += errorLength(r, p, to);
            }
        }
        return sb.toString();
    }

    /**
     * Length of the incomplete sequence that ends {@code s[from, to)} (0 when there is none):
     * the bytes an incremental decoder keeps for the next input. Valid so far, but cut short.
     */
    // CPython: Objects/unicodeobject.c unicode_decode_utf8 (consumed, when not final)
    static int truncatedTail(byte[] s, int from, int to) {
        for (int p = Math.max(from, to - 3); p < to; p++) {
            if ((s[p] & 0xff) >= 0xC0 && scan(s, p, to) == TRUNCATED) return to - p;
        }
        return 0;
    }

    /** Whether {@code s[from, to)} is valid UTF-8. */
    static boolean isValid(byte[] s, int from, int to) {
        return firstError(s, from, to) < 0;
    }

    /** Offset of the first invalid sequence in {@code s[from, to)}, or -1. */
    static int firstError(byte[] s, int from, int to) {
        int p = from;
        while (p < to) {
            if (s[p] >= 0) {
                p++;
                continue;
            }
            int r = scan(s, p, to);
            if (r < 0) return p;
            p += r;
        }
        return -1;
    }

    /**
     * The text of the {@code UnicodeDecodeError} that strict decoding of {@code s[from, to)}
     * raises, or null when it decodes. Positions are relative to {@code from}.
     */
    // CPython: Objects/exceptions.c UnicodeDecodeError_str
    static String decodeErrorMessage(byte[] s, int from, int to) {
        int p = firstError(s, from, to);
        if (p < 0) return null;
        int r = scan(s, p, to);
        String reason = r == INVALID_START ? "invalid start byte"
                : r == TRUNCATED ? "unexpected end of data" : "invalid continuation byte";
        int start = p - from;
        int end = start + errorLength(r, p, to);
        return decodeErrorText("utf-8", s[p] & 0xff, start, end, reason);
    }

    /** {@code str(UnicodeDecodeError(codec, ..., start, end, reason))}. */
    static String decodeErrorText(String codec, int firstByte, int start, int end, String reason) {
        if (end == start + 1) {
            return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                    codec, firstByte, start, reason);
        }
        return String.format("'%s' codec can't decode bytes in position %d-%d: %s",
                codec, start, end - 1, reason);
    }

    /** Decodes valid UTF-8 (callers check validity first). */
    static String decode(byte[] s, int from, int to) {
        return new String(s, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }
}
