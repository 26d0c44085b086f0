package dev.pyjama.parser;

/**
 * CPython's UTF-7 decoder (RFC 2152), for sources declaring {@code utf-7}: Java has no such
 * charset. Like CPython's, it is permissive about directly encoded characters and can
 * produce lone surrogates, which the caller must reject when re-encoding to UTF-8.
 */
// CPython: Objects/unicodeobject.c PyUnicode_DecodeUTF7Stateful
final class Utf7Decoder {
    private Utf7Decoder() {}

    private static boolean isBase64(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static int fromBase64(int c) {
        return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
                : c == '+' ? 62 : 63;
    }

    /** Every ASCII byte but '+' stands for itself. */
    private static boolean decodeDirect(int c) {
        return c <= 127 && c != '+';
    }

    /**
     * Decodes {@code s[from, to)}; with {@code replace} false the first error throws CPython's
     * UnicodeDecodeError text, otherwise each error becomes one U+FFFD.
     */
    static String decode(byte[] s, int from, int to, boolean replace) throws SourceCodecs.DecodeFailure {
        StringBuilder out = new StringBuilder(to - from);
        boolean inShift = false;
        int base64bits = 0;
        long base64buffer = 0;
        int surrogate = 0;
        int startinpos = from;
        int p = from;
        while (p < to) {
            int ch = s[p] & 0xff;
            String errmsg = null;
            if (inShift) {
                if (isBase64(ch)) {
                    base64buffer = (base64buffer << 6) | fromBase64(ch);
                    base64bits += 6;
                    p++;
                    if (base64bits >= 16) {
                        int outCh = (int) (base64buffer >> (base64bits - 16));
                        base64bits -= 16;
                        base64buffer &= (1L << base64bits) - 1;
                        if (surrogate != 0) {
                            if (outCh >= 0xDC00 && outCh <= 0xDFFF) {
                                out.append((char) surrogate).append((char) outCh);
                                surrogate = 0;
                                continue;
                            }
                            out.append((char) surrogate);
                            surrogate = 0;
                        }
                        if (outCh >= 0xD800 && outCh <= 0xDBFF) {
                            surrogate = outCh;
                        } else {
                            out.append((char) outCh);
                        }
                    }
                } else {
                    inShift = false;
                    if (base64bits >= 6) {
                        p++;
                        errmsg = "partial character in shift sequence";
                    } else if (base64bits > 0 && base64buffer != 0) {
                        p++;
                        errmsg = "non-zero padding bits in shift sequence";
                    } else {
                        if (surrogate != 0 && decodeDirect(ch)) out.append((char) surrogate);
                        surrogate = 0;
                        if (ch == '-') p++;
                    }
                }
            } else if (ch == '+') {
                startinpos = p;
                p++;
                if (p < to && s[p] == '-') {
                    p++;
                    out.append('+');
                } else if (p < to && !isBase64(s[p] & 0xff)) {
                    p++;
                    errmsg = "ill-formed sequence";
                } else {
                    inShift = true;
                    surrogate = 0;
                    base64bits = 0;
                    base64buffer = 0;
                }
            } else if (decodeDirect(ch)) {
                p++;
                out.append((char) ch);
            } else {
                startinpos = p;
                p++;
                errmsg = "unexpected special character";
            }
            if (errmsg != null) {
                error(s, from, startinpos, p, errmsg, replace, out);
            }
        }
        if (inShift && (surrogate != 0 || base64bits >= 6 || (base64bits > 0 && base64buffer != 0))) {
            error(s, from, startinpos, to, "unterminated shift sequence", replace, out);
        }
        return out.toString();
    }

    private static void error(byte[] s, int from, int start, int end, String reason, boolean replace, StringBuilder out)
            throws SourceCodecs.DecodeFailure {
        if (!replace) {
            throw new SourceCodecs.DecodeFailure(Utf8.decodeErrorText("utf7", s[start] & 0xff, start - from, end - from, reason));
        }
        out.append('\uFFFD');
    }
}
