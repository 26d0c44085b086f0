package dev.pyjama.modules;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;

/**
 * {@code _json}: scanstring, encode_basestring(_ascii) and the Scanner and Encoder types
 * ({@link JsonScanner}, {@link JsonEncoder}) that json's decoder and encoder take in place
 * of their Python versions, with the C module's messages (JSONDecodeError built by
 * json.decoder, as the C module builds it).
 */
// CPython: Modules/_json.c
public final class JsonModule {
    private JsonModule() {}

    static PyBuiltinFunction encodeBasestring;
    static PyBuiltinFunction encodeBasestringAscii;

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_json");
        ModuleSupport.set(m, "__doc__", PyStr.of("json speedups\n"));
        ModuleSupport.def(m, "scanstring", (a, kw) -> {
            Args.noKw("scanstring", kw);
            Args.checkPositional("scanstring", a.length, 2, 3);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("first argument must be a string, not " + a[0].typeName());
            }
            long end = ModuleSupport.asLong(a[1]);
            boolean strict = a.length < 3 || Abstract.isTrue(a[2]);
            int[] cps = s.value().codePoints().toArray();
            int[] next = new int[1];
            PyStr r = scanString(s, cps, end, strict, next);
            return PyTuple.of(r, PyInt.of(next[0]));
        });
        encodeBasestringAscii = ModuleSupport.def(m, "encode_basestring_ascii",
                (a, kw) -> PyStr.of(encode(string(ModuleSupport.one("_json.encode_basestring_ascii", a, kw)), true)));
        encodeBasestring = ModuleSupport.def(m, "encode_basestring",
                (a, kw) -> PyStr.of(encode(string(ModuleSupport.one("_json.encode_basestring", a, kw)), false)));
        ModuleSupport.set(m, "make_scanner", JsonScanner.TYPE);
        ModuleSupport.set(m, "make_encoder", JsonEncoder.TYPE);
        return m;
    }

    private static String string(PyObject o) {
        if (!(o instanceof PyStr s)) throw Errors.typeError("first argument must be a string, not " + o.typeName());
        return s.value();
    }

    /** json.decoder.JSONDecodeError(msg, doc, pos), raised. */
    // CPython: Modules/_json.c raise_errmsg
    static PyException error(String msg, PyStr doc, long pos) {
        PyObject cls = Abstract.getattr(dev.pyjama.interp.Importer.importModule("json.decoder"), PyStr.of("JSONDecodeError"));
        return new PyException((PyBaseException) Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(pos)));
    }

    private static int hex(int[] s, int from, PyStr doc, int errPos) {
        int c = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(s[i], 16);
            if (d < 0 || s[i] > 'f') throw error("Invalid \\uXXXX escape", doc, errPos);
            c = (c << 4) | d;
        }
        return c;
    }

    /**
     * The string starting after the quote at {@code end}; {@code next[0]} gets the index after
     * the closing quote. Indices count code points, as CPython's.
     */
    // CPython: Modules/_json.c scanstring_unicode
    static PyStr scanString(PyStr doc, int[] s, long endL, boolean strict, int[] next) {
        int len = s.length;
        if (endL < 0 || len < endL) throw Errors.valueError("end is out of bounds");
        int end = (int) endL, begin = end - 1;
        StringBuilder sb = null;
        while (true) {
            int n = end, c = 0;
            for (; n < len; n++) {
                c = s[n];
                if (c == '"' || c == '\\') break;
                if (c <= 0x1f && strict) throw error("Invalid control character at", doc, n);
            }
            if (n >= len || (c != '"' && c != '\\')) throw error("Unterminated string starting at", doc, begin);
            if (c == '"' && sb == null) {
                next[0] = n + 1;
                return PyStr.of(new String(s, end, n - end));
            }
            if (sb == null) sb = new StringBuilder();
            sb.append(new String(s, end, n - end));
            n++;
            if (c == '"') {
                end = n;
                break;
            }
            if (n == len) throw error("Unterminated string starting at", doc, begin);
            c = s[n];
            if (c != 'u') {
                end = n + 1;
                switch (c) {
                    case '"', '\\', '/' -> { }
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    default -> throw error("Invalid \\escape", doc, end - 2);
                }
            } else {
                n++;
                end = n + 4;
                if (end >= len) throw error("Invalid \\uXXXX escape", doc, n - 1);
                c = hex(s, n, doc, end - 5);
                n = end;
                // a high surrogate followed by \\u and a low one: one code point
                if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && s[n] == '\\' && s[n + 1] == 'u') {
                    int c2 = hex(s, n + 2, doc, end + 1);
                    if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                        c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                        end += 6;
                    }
                }
            }
            sb.appendCodePoint(c);
        }
        next[0] = end;
        return PyStr.of(sb.toString());
    }

    // CPython: Modules/_json.c ascii_escape_unicode, escape_unicode
    static String encode(String s, boolean ascii) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || (ascii && c >= 0x7f)) {
                        // a Java char is a UTF-16 unit: a non-BMP character is already its surrogate pair
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
