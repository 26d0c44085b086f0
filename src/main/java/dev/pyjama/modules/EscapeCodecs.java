package dev.pyjama.modules;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.UnicodeErrors;
import dev.pyjama.objects.PyException;
import dev.pyjama.parser.UnicodeNames;
import java.io.ByteArrayOutputStream;

/**
 * The escape codecs of {@code _codecs}: {@code escape_encode/decode} (bytes literals),
 * {@code unicode_escape} and {@code raw_unicode_escape}.
 */
// CPython: Objects/bytesobject.c _PyBytes_DecodeEscape, PyBytes_Repr; Objects/unicodeobject.c
// _PyUnicode_DecodeUnicodeEscapeInternal2, PyUnicode_AsUnicodeEscapeString, PyUnicode_DecodeRawUnicodeEscape,
// PyUnicode_AsRawUnicodeEscapeString
public final class EscapeCodecs {
    private EscapeCodecs() {}

    /** {@code str.encode('unicode_escape' / 'raw_unicode_escape')}: every character has an escape, so no errors. */
    public static byte[] encode(String s, boolean raw) {
        return unicodeEscapeEncode(s.codePoints().toArray(), raw);
    }

    /** {@code bytes.decode('unicode_escape' / 'raw_unicode_escape', errors)}. */
    public static String decode(byte[] b, String errors, boolean raw) {
        return unicodeEscapeDecode(b, errors, true, raw).text();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static int hex(int c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** escape_encode: the body of a bytes repr, with single quotes escaped. */
    static byte[] escapeEncode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            int c = x & 0xff;
            switch (c) {
                case '\'', '\\' -> { out.write('\\'); out.write(c); }
                case '\t' -> { out.write('\\'); out.write('t'); }
                case '\n' -> { out.write('\\'); out.write('n'); }
                case '\r' -> { out.write('\\'); out.write('r'); }
                default -> {
                    if (c < ' ' || c >= 0x7f) {
                        out.write('\\');
                        out.write('x');
                        out.write(HEX[c >> 4]);
                        out.write(HEX[c & 15]);
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        return out.toByteArray();
    }

    /** escape_decode: the escapes of a bytes literal; a bad \x escape is ValueError (or skipped/replaced by errors). */
    static byte[] escapeDecode(byte[] b, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int n = b.length;
        for (int i = 0; i < n; ) {
            int c = b[i++] & 0xff;
            if (c != '\\') {
                out.write(c);
                continue;
            }
            if (i >= n) throw Errors.valueError("Trailing \\ in string");
            c = b[i++] & 0xff;
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'b' -> out.write('\b');
                case 'f' -> out.write('\f');
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'v' -> out.write(0x0b);
                case 'a' -> out.write(0x07);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int h1 = i < n ? hex(b[i] & 0xff) : -1, h2 = i + 1 < n ? hex(b[i + 1] & 0xff) : -1;
                    if (h1 >= 0 && h2 >= 0) {
                        out.write(h1 * 16 + h2);
                        i += 2;
                    } else if (errors.equals("strict")) {
                        throw Errors.valueError("invalid \\x escape at position " + (i - 2));
                    } else if (errors.equals("replace")) {
                        out.write('?');
                    } else if (!errors.equals("ignore")) {
                        throw Errors.valueError("decoding error; unknown error handling code: " + errors);
                    }
                }
                default -> {
                    out.write('\\');
                    i--;
                }
            }
        }
        return out.toByteArray();
    }

    /** unicode_escape encoding (raw: only characters past U+00FF are escaped, as \\u or \\U). */
    static byte[] unicodeEscapeEncode(int[] cps, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        for (int c : cps) {
            if (raw ? c < 0x100 : c >= ' ' && c < 0x7f && c != '\\') {
                out.write(c);
            } else if (!raw && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
                out.write('\\');
                out.write(c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
            } else {
                int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
                out.write('\\');
                out.write(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
                for (int k = digits - 1; k >= 0; k--) out.write(HEX[(c >> (4 * k)) & 15]);
            }
        }
        return out.toByteArray();
    }

    /** The decoded text and how many bytes were consumed (less than all when not final and an escape is cut). */
    record Decoded(String text, int consumed) {}

    /** unicode_escape / raw_unicode_escape decoding of latin-1 bytes. */
    static Decoded unicodeEscapeDecode(byte[] b, String errors, boolean fin, boolean raw) {
        String name = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder out = new StringBuilder(b.length);
        int n = b.length, i = 0;
        while (i < n) {
            int start = i;
            int c = b[i++] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                continue;
            }
            if (i >= n) {
                if (!fin) return new Decoded(out.toString(), start);
                if (raw) {
                    out.append('\\');
                    continue;
                }
                i = error(name, b, start, n, "\\ at end of string", errors, out);
                continue;
            }
            c = b[i++] & 0xff;
            if (raw && c != 'u' && c != 'U') {
                out.append('\\');
                i--;
                if (c == '\\') {
                    out.append('\\');
                    i++;
                }
                continue;
            }
            int digits = 0;
            switch (c) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'v' -> out.append('\u000b');
                case 'a' -> out.append('\u0007');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                    out.appendCodePoint(v);
                }
                case 'x' -> digits = 2;
                case 'u' -> digits = 4;
                case 'U' -> digits = 8;
                case 'N' -> {
                    int close = -1;
                    if (i < n && b[i] == '{') for (int k = i + 1; k < n; k++) if (b[k] == '}') { close = k; break; }
                    if (close < 0 && !fin) return new Decoded(out.toString(), start);
                    int cp = close > i + 1 ? UnicodeNames.lookup(new String(b, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1)) : -1;
                    if (cp < 0) {
                        i = error(name, b, start, close < 0 ? n : close + 1, close > i + 1 ? "unknown Unicode character name" : "malformed \\N character escape", errors, out);
                    } else {
                        out.appendCodePoint(cp);
                        i = close + 1;
                    }
                }
                default -> {
                    out.append('\\').append((char) c);
                }
            }
            if (digits > 0) {
                int v = 0, k = 0;
                for (; k < digits && i + k < n && hex(b[i + k] & 0xff) >= 0; k++) v = v * 16 + hex(b[i + k] & 0xff);
                if (k < digits) {
                    if (!fin && i + k >= n) return new Decoded(out.toString(), start);
                    String what = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                    i = error(name, b, start, i + k, "truncated " + what + " escape", errors, out);
                } else if (v > 0x10ffff || v < 0) {
                    i = error(name, b, start, i + k, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", errors, out);
                } else {
                    out.appendCodePoint(v);
                    i += k;
                }
            }
        }
        return new Decoded(out.toString(), n);
    }

    private static int error(String name, byte[] b, int start, int end, String reason, String errors, StringBuilder out) {
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
            default -> throw new PyException(UnicodeErrors.decodeError(name, b, start, end, reason));
        }
    }
}
