package dev.pyjama.code;

import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyStr;

/**
 * UTF-8 decoding with the {@code surrogatepass} error handler, as marshal reads str: encoded
 * surrogates (ED A0..BF xx) decode to lone surrogate code points; anything else invalid is a
 * UnicodeDecodeError with CPython's message.
 */
// CPython: Objects/unicodeobject.c unicode_decode_utf8; Python/codecs.c PyCodec_SurrogatePassErrors
final class Utf8Surrogatepass {
    private Utf8Surrogatepass() {}

    static PyStr decode(byte[] b, int off, int len) {
        int end = off + len;
        boolean ascii = true;
        for (int i = off; i < end; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return PyStr.of(new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1));
        int[] cps = new int[len];
        int n = 0;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                cps[n++] = c;
                i++;
                continue;
            }
            int need, min, lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F;
            } else {
                throw error(b, off, i - off, 1, "invalid start byte");
            }
            // A surrogate encoded as three bytes passes through.
            if (c == 0xED && i + 2 < end && (b[i + 1] & 0xE0) == 0xA0 && (b[i + 2] & 0xC0) == 0x80) {
                cps[n++] = 0xD000 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F);
                i += 3;
                continue;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                if (i + k >= end) throw error(b, off, i - off, k, "unexpected end of data");
                int cb = b[i + k] & 0xff;
                boolean ok = k == 1 ? cb >= lo && cb <= hi : (cb & 0xC0) == 0x80;
                if (!ok) throw error(b, off, i - off, k, "invalid continuation byte");
                cp = cp << 6 | (cb & 0x3F);
            }
            if (cp < min) throw error(b, off, i - off, 1, "invalid start byte");
            cps[n++] = cp;
            i += need + 1;
        }
        return PyStr.ofCodePoints(cps, n);
    }

    private static PyException error(byte[] b, int off, int start, int length, String reason) {
        String msg = length == 1
                ? String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[off + start] & 0xff, start, reason)
                : String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start, start + length - 1, reason);
        return new PyException("UnicodeDecodeError", msg);
    }
}
