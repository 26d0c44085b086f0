package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code binascii}: hex, base64 and uuencode conversions and the CRCs, which base64, uu and
 * zipfile build on, and the quoted-printable pair quopri and email use.
 */
// CPython: Modules/binascii.c
public final class BinasciiModule {
    private BinasciiModule() {}

    static final PyType ERROR = PyType.builtin("binascii.Error", ExceptionTypes.VALUE_ERROR);
    static final PyType INCOMPLETE = PyType.builtin("binascii.Incomplete", ExceptionTypes.EXCEPTION);
    private static final byte[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
            .getBytes(StandardCharsets.US_ASCII);
    private static final int[] A2B64 = new int[256];
    private static final int[] CRC32 = new int[256];
    private static final int[] CRC_HQX = new int[256];

    static {
        ERROR.dict.put("__module__", PyStr.of("binascii"));
        INCOMPLETE.dict.put("__module__", PyStr.of("binascii"));
        java.util.Arrays.fill(A2B64, 255);
        for (int i = 0; i < 64; i++) A2B64[B64[i]] = i;
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
            CRC32[n] = c;
            // CRC-CCITT, MSB first (the table binascii.c spells out)
            int h = n << 8;
            for (int k = 0; k < 8; k++) h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            CRC_HQX[n] = h & 0xffff;
        }
    }

    private static PyException error(String message) {
        return Errors.raise(ERROR, message);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("binascii");
        ModuleSupport.set(m, "__doc__", PyStr.of("Conversion between binary data and ASCII"));
        ModuleSupport.set(m, "Error", ERROR);
        ModuleSupport.set(m, "Incomplete", INCOMPLETE);
        ModuleSupport.def(m, "a2b_uu", (a, kw) -> {
            ModuleSupport.positional("a2b_uu", a, kw, 1, 1);
            return new PyBytes(a2bUu(asciiData(a[0])));
        });
        ModuleSupport.def(m, "b2a_uu", (a, kw) -> {
            PyObject[] p = Args.parse("b2a_uu", a, 0, kw, new String[] {"", "backtick"}, 1, 1);
            return new PyBytes(b2aUu(Buffers.bytesLike(p[0]), p[1] != null && Abstract.isTrue(p[1])));
        });
        ModuleSupport.def(m, "a2b_base64", (a, kw) -> {
            PyObject[] p = Args.parse("a2b_base64", a, 0, kw, new String[] {"", "strict_mode"}, 1, 1);
            return new PyBytes(a2bBase64(asciiData(p[0]), p[1] != null && Abstract.isTrue(p[1])));
        });
        ModuleSupport.def(m, "b2a_base64", (a, kw) -> {
            PyObject[] p = Args.parse("b2a_base64", a, 0, kw, new String[] {"", "newline"}, 1, 1);
            return new PyBytes(b2aBase64(Buffers.bytesLike(p[0]), p[1] == null || Abstract.isTrue(p[1])));
        });
        ModuleSupport.def(m, "crc_hqx", (a, kw) -> {
            ModuleSupport.positional("crc_hqx", a, kw, 2, 2);
            byte[] data = Buffers.bytesLike(a[0]);
            int crc = (int) bitwise(a[1]) & 0xffff;
            for (byte b : data) crc = ((crc << 8) & 0xff00) ^ CRC_HQX[((crc >>> 8) ^ b) & 0xff];
            return PyInt.of(crc);
        });
        ModuleSupport.def(m, "crc32", (a, kw) -> {
            ModuleSupport.positional("crc32", a, kw, 1, 2);
            byte[] data = Buffers.bytesLike(a[0]);
            int crc = a.length > 1 ? (int) bitwise(a[1]) : 0;
            crc = ~crc;
            for (byte b : data) crc = CRC32[(crc ^ b) & 0xff] ^ (crc >>> 8);
            return PyInt.of(~crc & 0xffffffffL);
        });
        for (String name : new String[] {"b2a_hex", "hexlify"}) {
            ModuleSupport.def(m, name, (a, kw) -> {
                PyObject[] p = Args.parse(name, a, 0, kw, new String[] {"data", "sep", "bytes_per_sep"}, 1, 3);
                PyBytes data = new PyBytes(Buffers.bytesLike(p[0]));
                PyObject hex = Abstract.callMethod(PyBytes.TYPE.lookup("hex"), data,
                        p[1] == null ? new PyObject[0] : p[2] == null ? new PyObject[] {p[1]} : new PyObject[] {p[1], p[2]});
                return new PyBytes(((PyStr) hex).value().getBytes(StandardCharsets.ISO_8859_1));
            });
        }
        for (String name : new String[] {"a2b_hex", "unhexlify"}) {
            ModuleSupport.def(m, name, (a, kw) -> {
                ModuleSupport.positional(name, a, kw, 1, 1);
                return new PyBytes(a2bHex(asciiData(a[0])));
            });
        }
        ModuleSupport.def(m, "a2b_qp", (a, kw) -> {
            PyObject[] p = Args.parse("a2b_qp", a, 0, kw, new String[] {"data", "header"}, 1, 2);
            return new PyBytes(QuotedPrintable.decode(asciiData(p[0]), p[1] != null && Abstract.isTrue(p[1])));
        });
        ModuleSupport.def(m, "b2a_qp", (a, kw) -> {
            PyObject[] p = Args.parse("b2a_qp", a, 0, kw, new String[] {"data", "quotetabs", "istext", "header"}, 1, 4);
            return new PyBytes(QuotedPrintable.encode(Buffers.bytesLike(p[0]), p[1] != null && Abstract.isTrue(p[1]),
                    p[2] == null || Abstract.isTrue(p[2]), p[3] != null && Abstract.isTrue(p[3])));
        });
        return m;
    }

    /** An unsigned_int(bitwise=True) argument: any int, cut to 32 bits. */
    private static long bitwise(PyObject o) {
        if (o instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        return ((PyInt) Abstract.index(o)).bigValue().longValue() & 0xffffffffL;
    }

    // CPython: Modules/binascii.c ascii_buffer_converter
    private static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            for (int i = 0; i < s.value().length(); i++) {
                if (s.value().charAt(i) >= 128) throw Errors.valueError("string argument should contain only ASCII characters");
            }
            return s.value().getBytes(StandardCharsets.US_ASCII);
        }
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '" + o.type().name() + "'");
        return b;
    }

    // CPython: Modules/binascii.c binascii_a2b_hex_impl
    private static byte[] a2bHex(byte[] s) {
        if (s.length % 2 != 0) throw error("Odd-length string");
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < s.length; i += 2) {
            int top = Character.digit(s[i] & 0xff, 16), bot = Character.digit(s[i + 1] & 0xff, 16);
            if (top < 0 || bot < 0 || (s[i] & 0xff) > 127 || (s[i + 1] & 0xff) > 127) throw error("Non-hexadecimal digit found");
            out[i / 2] = (byte) ((top << 4) + bot);
        }
        return out;
    }

    // CPython: Modules/binascii.c binascii_a2b_base64_impl
    private static byte[] a2bBase64(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 3 / 4 + 3);
        if (strict && s.length > 0 && s[0] == '=') throw error("Leading padding not allowed");
        int quad = 0, left = 0, pads = 0;
        boolean paddingStarted = false;
        for (int i = 0; i < s.length; i++) {
            int ch = s[i] & 0xff;
            if (ch == '=') {
                paddingStarted = true;
                if (strict && quad == 0) throw error("Excess padding not allowed");
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < s.length) throw error("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = A2B64[ch];
            if (v >= 64) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && paddingStarted) throw error("Discontinuous padding not allowed");
            pads = 0;
            switch (quad) {
                case 0 -> {
                    quad = 1;
                    left = v;
                }
                case 1 -> {
                    quad = 2;
                    out.write((left << 2) | (v >> 4));
                    left = v & 0x0f;
                }
                case 2 -> {
                    quad = 3;
                    out.write((left << 4) | (v >> 2));
                    left = v & 0x03;
                }
                default -> {
                    quad = 0;
                    out.write((left << 6) | v);
                    left = 0;
                }
            }
        }
        if (quad == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) throw error("Incorrect padding");
        return out.toByteArray();
    }

    // CPython: Modules/binascii.c binascii_b2a_base64_impl
    private static byte[] b2aBase64(byte[] b, boolean newline) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length * 4 / 3 + 4);
        int i = 0;
        for (; i + 2 < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
            out.write(B64[v >> 18]);
            out.write(B64[(v >> 12) & 63]);
            out.write(B64[(v >> 6) & 63]);
            out.write(B64[v & 63]);
        }
        int rest = b.length - i;
        if (rest == 1) {
            int v = b[i] & 0xff;
            out.write(B64[v >> 2]);
            out.write(B64[(v & 3) << 4]);
            out.write('=');
            out.write('=');
        } else if (rest == 2) {
            int v = (b[i] & 0xff) << 8 | (b[i + 1] & 0xff);
            out.write(B64[v >> 10]);
            out.write(B64[(v >> 4) & 63]);
            out.write(B64[(v & 15) << 2]);
            out.write('=');
        }
        if (newline) out.write('\n');
        return out.toByteArray();
    }

    // CPython: Modules/binascii.c binascii_a2b_uu_impl
    private static byte[] a2bUu(byte[] s) {
        // an empty argument reads as a NUL length byte: zero bytes
        int pos = 0, len = s.length;
        int binLen = ((len > 0 ? s[pos++] & 0xff : 0) - ' ') & 077;
        len--;
        byte[] out = new byte[binLen];
        int o = 0, leftbits = 0, leftchar = 0;
        for (; binLen > 0; len--, pos++) {
            int ch = len > 0 ? s[pos] & 0xff : 0;
            if (ch == '\n' || ch == '\r' || len <= 0) {
                ch = 0;
            } else {
                if (ch < ' ' || ch > ' ' + 64) throw error("Illegal char");
                ch = (ch - ' ') & 077;
            }
            leftchar = (leftchar << 6) | ch;
            leftbits += 6;
            if (leftbits >= 8) {
                leftbits -= 8;
                out[o++] = (byte) (leftchar >> leftbits);
                leftchar &= (1 << leftbits) - 1;
                binLen--;
            }
        }
        while (len-- > 0) {
            int ch = s[pos++] & 0xff;
            if (ch != ' ' && ch != ' ' + 64 && ch != '\n' && ch != '\r') throw error("Trailing garbage");
        }
        return out;
    }

    // CPython: Modules/binascii.c binascii_b2a_uu_impl
    private static byte[] b2aUu(byte[] b, boolean backtick) {
        if (b.length > 45) throw error("At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(backtick && b.length == 0 ? '`' : ' ' + b.length);
        int leftbits = 0, leftchar = 0;
        for (int i = 0, n = b.length; n > 0 || leftbits != 0; n--, i++) {
            leftchar = n > 0 ? (leftchar << 8) | (b[i] & 0xff) : leftchar << 8;
            leftbits += 8;
            while (leftbits >= 6) {
                int ch = (leftchar >> (leftbits - 6)) & 0x3f;
                leftbits -= 6;
                out.write(backtick && ch == 0 ? '`' : ch + ' ');
            }
        }
        out.write('\n');
        return out.toByteArray();
    }
}
