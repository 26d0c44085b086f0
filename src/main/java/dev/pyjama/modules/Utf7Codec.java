package dev.pyjama.modules;

import dev.pyjama.interp.UnicodeErrors;
import dev.pyjama.objects.PyException;

/**
 * The UTF-7 codec (RFC 2152) of {@code _codecs.utf_7_encode/utf_7_decode}, as CPython writes
 * it: set O and white space encoded directly, '+-' for '+', permissive decoding, and the
 * stateful decoder's backing off to the start of an unfinished shift sequence. Decoding
 * errors go to the standard handlers (strict, ignore, replace, backslashreplace,
 * surrogateescape); a handler registered by Python code is not consulted.
 */
// CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF7Stateful, _PyUnicode_EncodeUTF7
public final class Utf7Codec {
    private Utf7Codec() {}

    /** 0: set D, 1: set O, 2: white space, 3: special (always base64); for ASCII. */
    private static final byte[] CATEGORY = new byte[128];
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static {
        java.util.Arrays.fill(CATEGORY, (byte) 3);
        for (char c = 'A'; c <= 'Z'; c++) CATEGORY[c] = 0;
        for (char c = 'a'; c <= 'z'; c++) CATEGORY[c] = 0;
        for (char c = '0'; c <= '9'; c++) CATEGORY[c] = 0;
        for (char c : "'(),-./:?".toCharArray()) CATEGORY[c] = 0;
        for (char c : "!\"#$%&*;<=>@[]^_`{|}".toCharArray()) CATEGORY[c] = 1;
        for (char c : " \t\n\r".toCharArray()) CATEGORY[c] = 2;
    }

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+' ? 62 : 63;
    }

    /** Sets O and white space are written as themselves (what codecs' utf-7 asks for). */
    private static boolean direct(int c) {
        return c > 0 && c < 128 && CATEGORY[c] != 3;
    }

    public static byte[] encode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        boolean inShift = false;
        int bits = 0;
        long buffer = 0;
        // a Java string is UTF-16 already: a supplementary character arrives as its two surrogates
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (inShift && direct(ch)) {
                if (bits > 0) {
                    out.write(BASE64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
                    buffer = 0;
                    bits = 0;
                }
                inShift = false;
                // a character outside the base64 set ends the sequence by itself, except '-'
                if (isBase64(ch) || ch == '-') out.write('-');
                out.write(ch);
                continue;
            }
            if (!inShift) {
                if (ch == '+') {
                    out.write('+');
                    out.write('-');
                    continue;
                }
                if (direct(ch)) {
                    out.write(ch);
                    continue;
                }
                out.write('+');
                inShift = true;
            }
            bits += 16;
            buffer = (buffer << 16) | ch;
            while (bits >= 6) {
                out.write(BASE64.charAt((int) ((buffer >> (bits - 6)) & 0x3f)));
                bits -= 6;
            }
            buffer &= (1L << bits) - 1;
        }
        if (bits > 0) out.write(BASE64.charAt((int) ((buffer << (6 - bits)) & 0x3f)));
        if (inShift) out.write('-');
        return out.toByteArray();
    }

    /** A decoding result: the text and how many bytes it used. */
    public record Decoded(String text, int consumed) {}

    public static Decoded decode(byte[] b, String errors, boolean fin) {
        StringBuilder out = new StringBuilder(b.length);
        int n = b.length, s = 0, startinpos = 0, shiftOutStart = 0, bits = 0;
        boolean inShift = false;
        long buffer = 0;
        char surrogate = 0;
        while (s < n) {
            int ch = b[s] & 0xff;
            String errmsg = null;
            if (inShift) {
                if (isBase64(ch)) {
                    buffer = (buffer << 6) | fromBase64(ch);
                    bits += 6;
                    s++;
                    if (bits >= 16) {
                        char outCh = (char) (buffer >> (bits - 16));
                        bits -= 16;
                        buffer &= (1L << bits) - 1;
                        if (surrogate != 0) {
                            if (Character.isLowSurrogate(outCh)) {
                                out.append(surrogate).append(outCh);
                                surrogate = 0;
                                continue;
                            }
                            out.append(surrogate);
                            surrogate = 0;
                        }
                        if (Character.isHighSurrogate(outCh)) surrogate = outCh;
                        else out.append(outCh);
                    }
                } else {
                    inShift = false;
                    if (bits >= 6) {
                        s++;
                        errmsg = "partial character in shift sequence";
                    } else if (bits > 0 && buffer != 0) {
                        s++;
                        errmsg = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && ch <= 127 && ch != '+') out.append(surrogate);
                        surrogate = 0;
                        if (ch == '-') s++;
                    }
                }
            } else if (ch == '+') {
                startinpos = s;
                s++;
                if (s < n && b[s] == '-') {
                    s++;
                    out.append('+');
                } else if (s < n && !isBase64(b[s] & 0xff)) {
                    s++;
                    errmsg = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    shiftOutStart = out.length();
                    bits = 0;
                    buffer = 0;
                }
            } else if (ch <= 127) {
                s++;
                out.append((char) ch);
            } else {
                startinpos = s;
                s++;
                errmsg = "unexpected special character";
            }
            if (errmsg != null) s = error(b, startinpos, s, errmsg, errors, out);
        }
        if (inShift && fin) {
            inShift = false;
            if (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
                s = error(b, startinpos, n, "unterminated shift sequence", errors, out);
                if (s < n) {
                    Decoded rest = decode(java.util.Arrays.copyOfRange(b, s, n), errors, true);
                    return new Decoded(out + rest.text(), n);
                }
            }
        }
        if (!fin && inShift) {
            out.setLength(shiftOutStart);
            return new Decoded(out.toString(), startinpos);
        }
        return new Decoded(out.toString(), fin ? n : s);
    }

    /** The standard error handlers; returns where decoding resumes. */
    private static int error(byte[] b, int start, int end, String reason, String errors, StringBuilder out) {
        switch (errors) {
            case "ignore" -> { return end; }
            case "replace" -> {
                out.append('\ufffd');
                return end;
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) out.append(String.format("\\x%02x", b[k] & 0xff));
                return end;
            }
            case "surrogateescape" -> {
                boolean ok = true;
                for (int k = start; k < end; k++) ok &= (b[k] & 0xff) >= 128;
                if (ok) {
                    for (int k = start; k < end; k++) out.append((char) (0xdc00 + (b[k] & 0xff)));
                    return end;
                }
                throw new PyException(UnicodeErrors.decodeError("utf7", b, start, end, reason));
            }
            default -> throw new PyException(UnicodeErrors.decodeError("utf7", b, start, end, reason));
        }
    }
}
