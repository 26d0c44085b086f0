package dev.pyjama.parser;

import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PySyntaxError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes string and bytes literals: prefixes, quotes, escape sequences, and the
 * SyntaxWarning for an invalid escape.
 *
 * <p>Escapes are decoded as CPython does, in two steps: non-ASCII text is first rewritten as
 * {@code \U0000XXXX} escapes (and a backslash before it as {@code \u005c}), then the result
 * goes through the unicode-escape decoder. Error messages quote positions in that rewritten
 * text, exactly as CPython's do.
 */
// CPython: Parser/string_parser.c, Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal2,
// Objects/bytesobject.c _PyBytes_DecodeEscape2
final class StringLiterals {
    private final ActionHelpers parser;

    StringLiterals(ActionHelpers parser) {
        this.parser = parser;
    }

    /**
     * The exception a codec raised while decoding a literal (UnicodeDecodeError, or ValueError
     * for bytes escapes). Most callers turn it into CPython's "(unicode error) ..." or
     * "(value error) ..." SyntaxError ({@link #reported}); an f-string's format spec lets it
     * through as it is, as CPython does.
     */
    static final class DecodeFailure extends RuntimeException {
        final String pyType;

        DecodeFailure(String pyType, String message) {
            super(message, null, false, false);
            this.pyType = pyType;
        }

        /** The exception itself, as Python sees it. */
        dev.pyjama.objects.PyException raw() {
            return new dev.pyjama.objects.PyException(pyType, getMessage());
        }
    }

    /** The SyntaxError the parser raises for a failed decode. */
    // CPython: Parser/pegen_errors.c _Pypegen_raise_decode_error
    PySyntaxError reported(DecodeFailure f) {
        String kind = f.pyType.equals("ValueError") ? "value error" : "unicode error";
        return parser.syntaxError("(" + kind + ") " + f.getMessage());
    }

    /** The value of a STRING token (prefix and quotes included); decode errors reported as SyntaxErrors. */
    // CPython: Parser/action_helpers.c _PyPegen_constant_from_string
    PyObject parseString(Token t) {
        try {
            return parseStringRaw(t);
        } catch (DecodeFailure f) {
            throw reported(f);
        }
    }

    // CPython: Parser/string_parser.c _PyPegen_parse_string
    private PyObject parseStringRaw(Token t) {
        byte[] buf = t.buffer();
        int s = t.start;
        int end = t.end;
        boolean bytesmode = false, rawmode = false;
        int quote = buf[s] & 0xff;
        while (Character.isLetter(quote)) {
            if (quote == 'b' || quote == 'B') {
                bytesmode = true;
            } else if (quote == 'r' || quote == 'R') {
                rawmode = true;
            } else if (quote != 'u' && quote != 'U') {
                break;
            }
            quote = buf[++s] & 0xff;
        }
        s++;
        int len = end - s - 1;   // without the closing quote
        if (len >= 4 && buf[s] == quote && buf[s + 1] == quote) {
            s += 2;
            len -= 4;
        }
        int bodyEnd = s + len;
        boolean hasBackslash = false;
        for (int i = s; i < bodyEnd; i++) {
            if (buf[i] == '\\') {
                hasBackslash = true;
                break;
            }
        }
        rawmode = rawmode || !hasBackslash;
        if (bytesmode) {
            for (int i = s; i < bodyEnd; i++) {
                if ((buf[i] & 0xff) >= 0x80) {
                    return parser.raiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
                }
            }
            if (rawmode) {
                byte[] b = new byte[len];
                System.arraycopy(buf, s, b, 0, len);
                return new PyBytes(b);
            }
            return decodeBytesWithEscapes(buf, s, bodyEnd, t);
        }
        return decodeString(rawmode, buf, s, bodyEnd, t);
    }

    PyObject decodeString(boolean raw, String text, Token t) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return decodeString(raw, b, 0, b.length, t);
    }

    // CPython: Parser/string_parser.c _PyPegen_decode_string
    PyObject decodeString(boolean raw, byte[] b, int from, int to, Token t) {
        if (raw) {
            String err = Utf8.decodeErrorMessage(b, from, to);
            if (err != null) {
                throw new DecodeFailure("UnicodeDecodeError", err);
            }
            return PyStr.of(Utf8.decode(b, from, to));
        }
        return decodeUnicodeWithEscapes(b, from, to, t);
    }

    // CPython: Parser/string_parser.c decode_unicode_with_escapes
    private PyObject decodeUnicodeWithEscapes(byte[] src, int s, int end, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(16, (end - s) * 2));
        while (s < end) {
            if (src[s] == '\\') {
                out.write(src[s++]);
                if (s >= end || (src[s] & 0x80) != 0) {
                    writeAscii(out, "u005c");
                    if (s >= end) break;
                }
            }
            if ((src[s] & 0x80) != 0) {
                int runStart = s;
                while (s < end && (src[s] & 0x80) != 0) s++;
                String err = Utf8.decodeErrorMessage(src, runStart, s);
                if (err != null) {
                    throw new DecodeFailure("UnicodeDecodeError", err);
                }
                String w = Utf8.decode(src, runStart, s);
                for (int i = 0; i < w.length(); ) {
                    int cp = w.codePointAt(i);
                    writeAscii(out, String.format("\\U%08x", cp));
                    i += Character.charCount(cp);
                }
            } else {
                out.write(src[s++]);
            }
        }
        byte[] buf = out.toByteArray();
        return decodeUnicodeEscape(buf, t);
    }

    private static void writeAscii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) out.write(s.charAt(i));
    }

    /** The unicode-escape codec over {@code buf}, warning about the first invalid escape. */
    // CPython: Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal2
    private PyObject decodeUnicodeEscape(byte[] buf, Token t) {
        // The result never has more code points than the input has bytes.
        int[] out = new int[buf.length];
        int n = 0;
        int firstInvalid = -1;
        int s = 0;
        int end = buf.length;
        while (s < end) {
            int c = buf[s++] & 0xff;
            if (c != '\\') {
                out[n++] = c;
                continue;
            }
            int startinpos = s - 1;
            if (s >= end) {
                throw decodeError(buf, startinpos, end, "\\ at end of string");
            }
            c = buf[s++] & 0xff;
            switch (c) {
                case '\n': continue;
                case '\\': out[n++] = '\\'; continue;
                case '\'': out[n++] = '\''; continue;
                case '"': out[n++] = '"'; continue;
                case 'b': out[n++] = '\b'; continue;
                case 'f': out[n++] = '\f'; continue;
                case 't': out[n++] = '\t'; continue;
                case 'n': out[n++] = '\n'; continue;
                case 'r': out[n++] = '\r'; continue;
                case 'v': out[n++] = '\u000b'; continue;
                case 'a': out[n++] = '\u0007'; continue;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int ch = c - '0';
                    if (s < end && buf[s] >= '0' && buf[s] <= '7') {
                        ch = (ch << 3) + buf[s++] - '0';
                        if (s < end && buf[s] >= '0' && buf[s] <= '7') {
                            ch = (ch << 3) + buf[s++] - '0';
                        }
                    }
                    if (ch > 0377 && firstInvalid < 0) {
                        firstInvalid = s - 3;
                    }
                    out[n++] = ch;
                    continue;
                }
                case 'x': case 'u': case 'U': {
                    int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                    String message = c == 'x' ? "truncated \\xXX escape"
                            : c == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    long ch = 0;
                    for (; count > 0; ++s, --count) {
                        if (s >= end) {
                            throw decodeError(buf, startinpos, s, message);
                        }
                        int d = Character.digit(buf[s], 16);
                        if (d < 0 || buf[s] > 'f') {
                            throw decodeError(buf, startinpos, s, message);
                        }
                        ch = (ch << 4) + d;
                    }
                    if (ch > 0x10ffff) {
                        throw decodeError(buf, startinpos, s, "illegal Unicode character");
                    }
                    out[n++] = (int) ch;
                    continue;
                }
                case 'N': {
                    String message = "malformed \\N character escape";
                    if (s >= end) {
                        throw decodeError(buf, startinpos, s, message);
                    }
                    if (buf[s] == '{') {
                        int start = ++s;
                        while (s < end && buf[s] != '}') s++;
                        if (s >= end) {
                            throw decodeError(buf, startinpos, s, message);
                        }
                        int namelen = s - start;
                        if (namelen > 0) {
                            s++;
                            int cp = UnicodeNames.lookup(new String(buf, start, namelen, StandardCharsets.ISO_8859_1));
                            if (cp >= 0) {
                                out[n++] = cp;
                                continue;
                            }
                            message = "unknown Unicode character name";
                        }
                    }
                    throw decodeError(buf, startinpos, s, message);
                }
                default:
                    if (firstInvalid < 0) {
                        firstInvalid = s - 1;
                    }
                    out[n++] = '\\';
                    out[n++] = c;
            }
        }
        if (firstInvalid >= 0 && t != null) {
            warnInvalidEscape(buf, firstInvalid, t);
        }
        return PyStr.ofCodePoints(out, n);
    }

    /** A UnicodeDecodeError from the unicode-escape codec. */
    private static DecodeFailure decodeError(byte[] buf, int start, int end, String reason) {
        String what = end - start == 1
                ? String.format("byte 0x%02x in position %d", buf[start] & 0xff, start)
                : String.format("bytes in position %d-%d", start, end - 1);
        return new DecodeFailure("UnicodeDecodeError", "'unicodeescape' codec can't decode " + what + ": " + reason);
    }

    // CPython: Objects/bytesobject.c _PyBytes_DecodeEscape2
    private PyObject decodeBytesWithEscapes(byte[] src, int from, int end, Token t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - from);
        int firstInvalid = -1;
        int s = from;
        while (s < end) {
            if (src[s] != '\\') {
                out.write(src[s++]);
                continue;
            }
            s++;
            if (s == end) {
                throw new DecodeFailure("ValueError", "Trailing \\ in string");
            }
            int c = src[s++] & 0xff;
            switch (c) {
                case '\n': break;
                case '\\': out.write('\\'); break;
                case '\'': out.write('\''); break;
                case '"': out.write('"'); break;
                case 'b': out.write('\b'); break;
                case 'f': out.write('\f'); break;
                case 't': out.write('\t'); break;
                case 'n': out.write('\n'); break;
                case 'r': out.write('\r'); break;
                case 'v': out.write(0x0b); break;
                case 'a': out.write(0x07); break;
                case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                    int v = c - '0';
                    if (s < end && src[s] >= '0' && src[s] <= '7') {
                        v = (v << 3) + src[s++] - '0';
                        if (s < end && src[s] >= '0' && src[s] <= '7') {
                            v = (v << 3) + src[s++] - '0';
                        }
                    }
                    if (v > 0377 && firstInvalid < 0) {
                        firstInvalid = s - 3;
                    }
                    out.write(v & 0xff);
                    break;
                }
                case 'x':
                    if (s + 1 < end) {
                        int d1 = Character.digit(src[s], 16), d2 = Character.digit(src[s + 1], 16);
                        if (d1 >= 0 && d2 >= 0) {
                            out.write((d1 << 4) + d2);
                            s += 2;
                            break;
                        }
                    }
                    throw new DecodeFailure("ValueError", "invalid \\x escape at position " + (s - 2 - from));
                default:
                    if (firstInvalid < 0) {
                        firstInvalid = s - 1;
                    }
                    out.write('\\');
                    s--;
            }
        }
        if (firstInvalid >= 0) {
            byte[] rel = new byte[end - from];
            System.arraycopy(src, from, rel, 0, end - from);
            warnInvalidEscape(rel, firstInvalid - from, t);
        }
        return new PyBytes(out.toByteArray());
    }

    /** The SyntaxWarning for the first invalid escape, on the line where it is. */
    // CPython: Parser/string_parser.c warn_invalid_escape_sequence
    private void warnInvalidEscape(byte[] buf, int at, Token t) {
        if (parser.callInvalidRules) {
            return;   // the second pass would warn twice
        }
        int c = buf[at] & 0xff;
        if ((t.type == Tokens.FSTRING_MIDDLE || t.type == Tokens.FSTRING_END) && (c == '{' || c == '}')) {
            return;   // the tokenizer has warned already
        }
        boolean octal = c >= '4' && c <= '7';
        String msg;
        if (octal) {
            int n = Math.min(3, buf.length - at);
            msg = "invalid octal escape sequence '\\" + new String(buf, at, n, StandardCharsets.ISO_8859_1) + "'";
        } else {
            msg = "invalid escape sequence '\\" + (char) c + "'";
        }
        // CPython 3.13.0 reports the line where the literal starts (later releases count the
        // newlines before the escape).
        parser.warnInvalidEscape(msg, t.lineno);
    }
}
