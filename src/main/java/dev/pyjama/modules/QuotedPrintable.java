package dev.pyjama.modules;

import java.io.ByteArrayOutputStream;

/** binascii's quoted-printable pair (RFC 1521), byte for byte as binascii.c, quirks included. */
// CPython: Modules/binascii.c binascii_a2b_qp_impl, binascii_b2a_qp_impl
final class QuotedPrintable {
    private QuotedPrintable() {}

    private static final int MAXLINESIZE = 76;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static boolean isHex(int c) {
        return c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f' || c >= '0' && c <= '9';
    }

    static byte[] decode(byte[] d, boolean header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        int in = 0;
        while (in < d.length) {
            if (d[in] == '=') {
                in++;
                if (in >= d.length) break;
                if (d[in] == '\n' || d[in] == '\r') {
                    // a soft line break
                    if (d[in] != '\n') while (in < d.length && d[in] != '\n') in++;
                    if (in < d.length) in++;
                } else if (d[in] == '=') {
                    out.write('=');
                    in++;
                } else if (in + 1 < d.length && isHex(d[in]) && isHex(d[in + 1])) {
                    out.write(Character.digit(d[in], 16) << 4 | Character.digit(d[in + 1], 16));
                    in += 2;
                } else {
                    out.write('=');
                }
            } else if (header && d[in] == '_') {
                out.write(' ');
                in++;
            } else {
                out.write(d[in++]);
            }
        }
        return out.toByteArray();
    }

    private static boolean needsQuoting(byte[] d, int in, int linelen, boolean quotetabs, boolean istext, boolean header) {
        int c = d[in] & 0xff;
        boolean last = in + 1 == d.length;
        return c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && linelen == 0 && (last || d[in + 1] == '\n' || d[in + 1] == '\r' || d[in + 1] == 0))
                || (!istext && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && last)
                || (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    }

    static byte[] encode(byte[] d, boolean quotetabs, boolean istext, boolean header) {
        // the line ending is CRLF if the first LF follows a CR
        boolean crlf = false;
        for (int i = 0; i < d.length; i++) {
            if (d[i] == '\n') {
                crlf = i > 0 && d[i - 1] == '\r';
                break;
            }
        }
        byte[] o = new byte[d.length * 4 + 16];
        int out = 0, in = 0, linelen = 0;
        while (in < d.length) {
            if (o.length - out < 16) o = java.util.Arrays.copyOf(o, o.length * 2);
            if (needsQuoting(d, in, linelen, quotetabs, istext, header)) {
                if (linelen + 3 >= MAXLINESIZE) {
                    o[out++] = '=';
                    if (crlf) o[out++] = '\r';
                    o[out++] = '\n';
                    linelen = 0;
                }
                int c = d[in++] & 0xff;
                o[out++] = '=';
                o[out++] = HEX[c >> 4];
                o[out++] = HEX[c & 15];
                linelen += 3;
            } else if (istext && (d[in] == '\n' || (in + 1 < d.length && d[in] == '\r' && d[in + 1] == '\n'))) {
                linelen = 0;
                // whitespace at the end of a line is quoted
                if (out > 0 && (o[out - 1] == ' ' || o[out - 1] == '\t')) {
                    int c = o[out - 1] & 0xff;
                    o[out - 1] = '=';
                    o[out++] = HEX[c >> 4];
                    o[out++] = HEX[c & 15];
                }
                if (crlf) o[out++] = '\r';
                o[out++] = '\n';
                in += d[in] == '\r' ? 2 : 1;
            } else {
                if (in + 1 != d.length && d[in + 1] != '\n' && linelen + 1 >= MAXLINESIZE) {
                    o[out++] = '=';
                    if (crlf) o[out++] = '\r';
                    o[out++] = '\n';
                    linelen = 0;
                }
                linelen++;
                if (header && d[in] == ' ') {
                    o[out++] = '_';
                    in++;
                } else {
                    o[out++] = d[in++];
                }
            }
        }
        return java.util.Arrays.copyOf(o, out);
    }
}
