package dev.pyjama.parser;

import java.io.ByteArrayOutputStream;

/**
 * CPython's strict UTF-16 and UTF-32 decoders, for sources declaring those encodings: a
 * leading BOM picks the byte order for "utf-16"/"utf-32", and without one the order is
 * little-endian (CPython's native order on every platform it is built for here); the first
 * invalid unit raises a UnicodeDecodeError whose text names "utf-16-le" / "utf-32-be" etc.
 * Java's charsets differ on both counts (big-endian default, other error texts).
 */
// CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful,
//          Objects/stringlib/codecs.h utf16_decode
final class UtfWideDecoder {
    private UtfWideDecoder() {}

    /**
     * Decodes {@code s[from, to)} to UTF-8. {@code byteOrder} is 0 for "utf-16" (BOM or native),
     * -1 for little-endian, 1 for big-endian.
     */
    static byte[] utf16(byte[] s, int from, int to, int byteOrder) throws SourceCodecs.DecodeFailure {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        while (to - q >= 2) {
            int ch = unit16(s, q, le);
            q += 2;
            if (ch < 0xD800 || ch > 0xDFFF) {
                writeUtf8(out, ch);
                continue;
            }
            if (ch > 0xDBFF) {
                throw failure(codec, s, from, q - 2, q, "illegal encoding");
            }
            if (to - q < 2) {
                throw failure(codec, s, from, q - 2, to, "unexpected end of data");
            }
            int ch2 = unit16(s, q, le);
            q += 2;
            if (ch2 < 0xDC00 || ch2 > 0xDFFF) {
                throw failure(codec, s, from, q - 4, q - 2, "illegal UTF-16 surrogate");
            }
            writeUtf8(out, 0x10000 + ((ch - 0xD800) << 10) + (ch2 - 0xDC00));
        }
        if (q != to) {
            throw failure(codec, s, from, q, to, "truncated data");
        }
        return out.toByteArray();
    }

    /** As {@link #utf16}, for UTF-32. */
    static byte[] utf32(byte[] s, int from, int to, int byteOrder) throws SourceCodecs.DecodeFailure {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        while (to - q >= 4) {
            long ch = le
                    ? ((long) (s[q + 3] & 0xff) << 24) | ((s[q + 2] & 0xff) << 16) | ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff)
                    : ((long) (s[q] & 0xff) << 24) | ((s[q + 1] & 0xff) << 16) | ((s[q + 2] & 0xff) << 8) | (s[q + 3] & 0xff);
            if (ch >= 0xD800 && ch <= 0xDFFF) {
                throw failure(codec, s, from, q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)");
            }
            if (ch >= 0x110000) {
                throw failure(codec, s, from, q, q + 4, "code point not in range(0x110000)");
            }
            writeUtf8(out, (int) ch);
            q += 4;
        }
        if (q != to) {
            throw failure(codec, s, from, q, to, "truncated data");
        }
        return out.toByteArray();
    }

    private static int unit16(byte[] s, int q, boolean le) {
        return le ? ((s[q + 1] & 0xff) << 8) | (s[q] & 0xff) : ((s[q] & 0xff) << 8) | (s[q + 1] & 0xff);
    }

    private static SourceCodecs.DecodeFailure failure(String codec, byte[] s, int from, int start, int end, String reason) {
        return new SourceCodecs.DecodeFailure(Utf8.decodeErrorText(codec, s[start] & 0xff, start - from, end - from, reason));
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }
}
