package dev.pyjama.parser;

/**
 * CPython's UTF-16 and UTF-32 decoders, for sources declaring those encodings: a leading
 * BOM picks the byte order for "utf-16"/"utf-32", and without one the order is
 * little-endian (CPython's native order on every platform it is built for here). Strictly,
 * the first invalid unit raises a UnicodeDecodeError whose text names "utf-16-le" /
 * "utf-32-be" etc.; with "replace" each invalid run becomes one U+FFFD. Java's charsets
 * differ on all counts (big-endian default, other error texts and replacement runs).
 */
// CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful,
//          Objects/stringlib/codecs.h utf16_decode
final class UtfWideDecoder {
    private UtfWideDecoder() {}

    /**
     * Decodes {@code s[from, to)}. {@code byteOrder} is 0 for "utf-16" (BOM or native), -1
     * for little-endian, 1 for big-endian. With {@code replace} false the first error throws.
     */
    static String utf16(byte[] s, int from, int to, int byteOrder, boolean replace) throws SourceCodecs.DecodeFailure {
        int q = from;
        int bo = byteOrder;
        if (bo == 0 && to - from >= 2) {
            int bom = ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff);
            if (bom == 0xFEFF) {
                q += 2;
                bo = -1;
            } else if (bom == 0xFFFE) {
                q += 2;
                bo = 1;
            }
        }
        boolean le = bo <= 0;
        String codec = le ? "utf-16-le" : "utf-16-be";
        StringBuilder out = new StringBuilder((to - from) / 2);
        while (q < to) {
            if (to - q < 2) {
                error(codec, s, from, q, to, "truncated data", replace, out);
                break;
            }
            int ch = unit16(s, q, le);
            q += 2;
            if (ch < 0xD800 || ch > 0xDFFF) {
                out.append((char) ch);
                continue;
            }
            if (ch > 0xDBFF) {
                error(codec, s, from, q - 2, q, "illegal encoding", replace, out);
                continue;
            }
            if (to - q < 2) {
                error(codec, s, from, q - 2, to, "unexpected end of data", replace, out);
                break;
            }
            int ch2 = unit16(s, q, le);
            if (ch2 < 0xDC00 || ch2 > 0xDFFF) {
                // The unit after the high surrogate is decoded again on its own.
                error(codec, s, from, q - 2, q, "illegal UTF-16 surrogate", replace, out);
                continue;
            }
            q += 2;
            out.append((char) ch).append((char) ch2);
        }
        return out.toString();
    }

    /** As {@link #utf16}, for UTF-32. */
    static String utf32(byte[] s, int from, int to, int byteOrder, boolean replace) throws SourceCodecs.DecodeFailure {
        int q = from;
        int bo = byteOrder;
        if (bo == 0 && to - from >= 4) {
            long bom = ((long) (s[q + 3] & 0xff) << 24) | ((s[q + 2] & 0xff) << 16) | ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff);
            if (bom == 0x0000FEFFL) {
                q += 4;
                bo = -1;
            } else if (bom == 0xFFFE0000L) {
                q += 4;
                bo = 1;
            }
        }
        boolean le = bo <= 0;
        String codec = le ? "utf-32-le" : "utf-32-be";
        StringBuilder out = new StringBuilder((to - from) / 4);
        while (q < to) {
            if (to - q < 4) {
                error(codec, s, from, q, to, "truncated data", replace, out);
                break;
            }
            long ch = le
                    ? ((long) (s[q + 3] & 0xff) << 24) | ((s[q + 2] & 0xff) << 16) | ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff)
                    : ((long) (s[q] & 0xff) << 24) | ((s[q + 1] & 0xff) << 16) | ((s[q + 2] & 0xff) << 8) | (s[q + 3] & 0xff);
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                error(codec, s, from, q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)", replace, out);
            } else if (ch >= 0x110000) {
                error(codec, s, from, q, q + 4, "code point not in range(0x110000)", replace, out);
            } else {
                out.appendCodePoint((int) ch);
            }
            q += 4;
        }
        return out.toString();
    }

    private static int unit16(byte[] s, int q, boolean le) {
        return le ? ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff) : ((s[q] & 0xff) << 8) | (s[q + 1] & 0xff);
    }

    /** Strict: throws the UnicodeDecodeError. Replace: one U+FFFD for the run. */
    private static void error(String codec, byte[] s, int from, int start, int end, String reason, boolean replace,
                              StringBuilder out) throws SourceCodecs.DecodeFailure {
        if (!replace) {
            throw new SourceCodecs.DecodeFailure(Utf8.decodeErrorText(codec, s[start] & 0xff, start - from, end - from, reason));
        }
        out.append('\uFFFD');
    }
}
