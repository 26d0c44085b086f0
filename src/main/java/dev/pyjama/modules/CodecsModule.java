package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Codecs;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.interp.ThreadState;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _codecs}: the codec registry (search functions, the lookup cache, error handlers)
 * and the per-codec functions CPython's {@code encodings} package calls, on top of the C
 * codecs in {@link Codecs}.
 */
// CPython: Modules/_codecsmodule.c, Python/codecs.c
public final class CodecsModule {
    private CodecsModule() {}

    /** One interpreter's registry: the search functions in order, and the cache of what they found. */
    private static final class Registry {
        final List<PyObject> search = new ArrayList<>();
        final PyDict cache = new PyDict();
        boolean initialised;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_codecs");
        Registry reg = new Registry();
        def(m, "register", (a, kw) -> {
            PyObject f = ModuleSupport.one("register", a, kw);
            if (!Abstract.isCallable(f)) throw Errors.typeError("argument must be callable");
            reg.search.add(f);
            return PyNone.NONE;
        });
        def(m, "unregister", (a, kw) -> {
            PyObject f = ModuleSupport.one("unregister", a, kw);
            if (reg.search.removeIf(x -> x == f)) reg.cache.clear();
            return PyNone.NONE;
        });
        def(m, "lookup", (a, kw) -> lookup(reg, str(ModuleSupport.one("lookup", a, kw), "lookup", 0)));
        def(m, "_forget_codec", (a, kw) -> {
            reg.cache.remove(PyStr.of(normalize(str(ModuleSupport.one("_forget_codec", a, kw), "_forget_codec", 0))));
            return PyNone.NONE;
        });
        def(m, "encode", (a, kw) -> codecCall(reg, a, kw, "encode", 0));
        def(m, "decode", (a, kw) -> codecCall(reg, a, kw, "decode", 1));
        def(m, "lookup_error", (a, kw) -> {
            String name = str(ModuleSupport.one("lookup_error", a, kw), "lookup_error", 0);
            PyObject h = Codecs.customHandlers().get(name);
            if (h == null) h = ErrorHandlers.builtin(name);
            if (h == null) throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + name + "'");
            return h;
        });
        def(m, "register_error", (a, kw) -> {
            ModuleSupport.positional("register_error", a, kw, 2, 2);
            String name = str(a[0], "register_error", 1);
            if (!Abstract.isCallable(a[1])) throw Errors.typeError("handler must be callable");
            Codecs.customHandlers().put(name, a[1]);
            return PyNone.NONE;
        });
        defineTextCodecs(m);
        defineCharmap(m);
        defineEscapes(m);
        return m;
    }

    // ---- the registry

    // CPython: Python/fileutils.c _Py_normalize_encoding (lower case; runs of other characters than letters, digits and '.' become '_')
    static String normalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean punct = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '.')) {
                if (punct && sb.length() > 0) sb.append('_');
                punct = false;
                sb.append(Character.toLowerCase(c));
            } else {
                punct = true;
            }
        }
        return sb.toString();
    }

    // CPython: Python/codecs.c _PyCodec_Lookup (the encodings package is imported on first use, as interpreter start-up does in CPython)
    private static PyObject lookup(Registry reg, String encoding) {
        if (!reg.initialised) {
            reg.initialised = true;
            Importer.importModule("encodings");
        }
        PyStr key = PyStr.of(normalize(encoding));
        PyObject hit = reg.cache.get(key);
        if (hit != null) return hit;
        // CPython's start-up has looked UTF-8 up already: no tool sees that search run
        ThreadState ts = key.value.equals("utf_8") ? ThreadState.current() : null;
        if (ts != null) ts.tracing++;
        try {
            return search(reg, key, encoding);
        } finally {
            if (ts != null) ts.tracing--;
        }
    }

    private static PyObject search(Registry reg, PyStr key, String encoding) {
        for (PyObject f : List.copyOf(reg.search)) {
            PyObject r = Abstract.call(f, key);
            if (r == PyNone.NONE) continue;
            if (!(r instanceof PyTuple t) || t.items.length != 4) throw Errors.typeError("codec search functions must return 4-tuples");
            reg.cache.put(key, r);
            return r;
        }
        throw Errors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
    }

    // CPython: Python/codecs.c _PyCodec_EncodeInternal / _PyCodec_DecodeInternal
    private static PyObject codecCall(Registry reg, PyObject[] args, PyTuple kw, String what, int index) {
        PyObject[] a = Args.parse(what, args, 0, kw, new String[] {"obj", "encoding", "errors"}, 1, 3);
        String encoding = a[1] == null ? "utf-8" : str(a[1], what, 2);
        String errors = a[2] == null ? "strict" : str(a[2], what, 3);
        PyObject codec = Abstract.getitem(lookup(reg, encoding), PyInt.of(index));
        PyObject r = Abstract.call(codec, a[0], PyStr.of(errors));
        if (!(r instanceof PyTuple t) || t.items.length != 2) {
            throw Errors.typeError((index == 0 ? "encoder" : "decoder") + " must return a tuple (object, integer)");
        }
        return t.items[0];
    }

    // ---- argument conversion

    /** A str argument: "lookup() argument must be str, not int" (argument N of several when n > 0). */
    static String str(PyObject o, String fname, int n) {
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError(fname + "() argument " + (n > 0 ? n + " " : "") + "must be str, not " + o.typeName());
    }

    static PyStr strArg(PyObject o, String fname) {
        if (o instanceof PyStr s) return s;
        throw Errors.typeError(fname + "() argument 1 must be str, not " + o.typeName());
    }

    /** A bytes-like argument ("y*"); with strOk, a str is taken as its UTF-8 bytes ("s*"). */
    static byte[] bytesArg(PyObject o, String fname, boolean strOk) {
        if (strOk && o instanceof PyStr s) return s.value.getBytes(StandardCharsets.UTF_8);
        return Buffers.bytesLike(o);
    }

    static String errors(PyObject[] a, int i, String fname) {
        if (a.length <= i || a[i] == PyNone.NONE) return "strict";
        return str(a[i], fname, i + 1);
    }

    static boolean flag(PyObject[] a, int i, boolean dflt) {
        return a.length <= i ? dflt : Abstract.isTrue(a[i]);
    }

    static PyTuple pair(PyObject v, long n) {
        return PyTuple.of(v, PyInt.of(n));
    }

    // ---- utf-8/16/32, ascii, latin-1

    private static void defineTextCodecs(PyModule m) {
        for (String[] c : new String[][] {{"utf_8", "utf-8"}, {"ascii", "ascii"}, {"latin_1", "latin-1"}, {"utf_16_le", "utf-16-le"},
                {"utf_16_be", "utf-16-be"}, {"utf_32_le", "utf-32-le"}, {"utf_32_be", "utf-32-be"}}) {
            String fe = c[0] + "_encode", fd = c[0] + "_decode", enc = c[1];
            def(m, fe, (a, kw) -> {
                ModuleSupport.positional(fe, a, kw, 1, 2);
                PyStr s = strArg(a[0], fe);
                return pair(new PyBytes(Codecs.encode(s.value, enc, errors(a, 1, fe))), s.length());
            });
            boolean stateful = !enc.equals("ascii") && !enc.equals("latin-1");
            def(m, fd, (a, kw) -> {
                ModuleSupport.positional(fd, a, kw, 1, stateful ? 3 : 2);
                byte[] b = bytesArg(a[0], fd, false);
                int keep = stateful && !flag(a, 2, false) ? tail(b, enc) : 0;
                return pair(PyStr.of(Codecs.decode(prefix(b, keep), enc, errors(a, 1, fd))), b.length - keep);
            });
        }
        for (String w : new String[] {"16", "32"}) {
            String fe = "utf_" + w + "_encode", fd = "utf_" + w + "_decode", fx = "utf_" + w + "_ex_decode";
            def(m, fe, (a, kw) -> {
                ModuleSupport.positional(fe, a, kw, 1, 3);
                PyStr s = strArg(a[0], fe);
                long order = a.length > 2 ? ModuleSupport.asLong(a[2]) : 0;
                String enc = "utf-" + w + (order < 0 ? "-le" : order > 0 ? "-be" : "");
                return pair(new PyBytes(Codecs.encode(s.value, enc, errors(a, 1, fe))), s.length());
            });
            def(m, fd, (a, kw) -> {
                ModuleSupport.positional(fd, a, kw, 1, 3);
                byte[] b = bytesArg(a[0], fd, false);
                Object[] r = decodeWithBom(b, w, 0, errors(a, 1, fd), flag(a, 2, false));
                return pair((PyStr) r[0], (Integer) r[1]);
            });
            def(m, fx, (a, kw) -> {
                ModuleSupport.positional(fx, a, kw, 1, 4);
                byte[] b = bytesArg(a[0], fx, false);
                int order = a.length > 2 ? ModuleSupport.asInt(a[2]) : 0;
                Object[] r = decodeWithBom(b, w, order, errors(a, 1, fx), flag(a, 3, false));
                return PyTuple.of((PyStr) r[0], PyInt.of((Integer) r[1]), PyInt.of((Integer) r[2]));
            });
        }
        def(m, "utf_7_encode", (a, kw) -> {
            ModuleSupport.positional("utf_7_encode", a, kw, 1, 2);
            PyStr s = strArg(a[0], "utf_7_encode");
            return pair(new PyBytes(Utf7Codec.encode(s.value)), s.length());
        });
        def(m, "utf_7_decode", (a, kw) -> {
            ModuleSupport.positional("utf_7_decode", a, kw, 1, 3);
            Utf7Codec.Decoded d = Utf7Codec.decode(bytesArg(a[0], "utf_7_decode", false), errors(a, 1, "utf_7_decode"),
                    flag(a, 2, false));
            return pair(PyStr.of(d.text()), d.consumed());
        });
        def(m, "readbuffer_encode", (a, kw) -> {
            ModuleSupport.positional("readbuffer_encode", a, kw, 1, 2);
            byte[] b = bytesArg(a[0], "readbuffer_encode", true);
            return pair(new PyBytes(b), b.length);
        });
    }

    private static byte[] prefix(byte[] b, int cut) {
        return cut == 0 ? b : java.util.Arrays.copyOf(b, b.length - cut);
    }

    /** How many bytes at the end form an incomplete character that a stateful decoder keeps for later. */
    // CPython: Objects/unicodeobject.c unicode_decode_utf8 (consumed), PyUnicode_DecodeUTF16Stateful, PyUnicode_DecodeUTF32Stateful
    static int tail(byte[] b, String enc) {
        int n = b.length;
        if (enc.startsWith("utf-32")) return n % 4;
        if (enc.startsWith("utf-16")) {
            int r = n % 2;
            if (n - r >= 2) {
                boolean be = enc.endsWith("be");
                int u = be ? (b[n - r - 2] & 0xff) << 8 | (b[n - r - 1] & 0xff) : (b[n - r - 2] & 0xff) | (b[n - r - 1] & 0xff) << 8;
                if (u >= 0xd800 && u <= 0xdbff) r += 2;
            }
            return r;
        }
        // utf-8: a lead byte near the end whose continuation bytes so far are valid but too few
        for (int k = 1; k <= 3 && k <= n; k++) {
            int c = b[n - k] & 0xff;
            if ((c & 0xc0) == 0x80) continue;
            int need = c < 0xc2 || c > 0xf4 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
            if (need < k) return 0;
            if (k >= 2) {
                int x = b[n - k + 1] & 0xff;
                int lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80, hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
                if (x < lo || x > hi) return 0;
            }
            return k;
        }
        return 0;
    }

    /** utf_16/32 decoding that reads a BOM when the byte order is not known: {text, consumed, byte order}. */
    private static Object[] decodeWithBom(byte[] b, String w, int order, String errors, boolean fin) {
        int unit = w.equals("16") ? 2 : 4, skip = 0;
        if (order == 0) {
            if (b.length < unit && !fin) return new Object[] {PyStr.of(""), 0, 0};
            if (b.length >= unit) {
                boolean le = (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && (unit == 2 || (b[2] == 0 && b[3] == 0));
                boolean be = unit == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                        : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                if (le || be) {
                    order = le ? -1 : 1;
                    skip = unit;
                }
            }
        }
        String enc = "utf-" + w + (order > 0 ? "-be" : "-le");
        byte[] body = java.util.Arrays.copyOfRange(b, skip, b.length);
        int keep = fin ? 0 : tail(body, enc);
        String text = Codecs.decode(prefix(body, keep), enc, errors);
        return new Object[] {PyStr.of(text), b.length - keep, order};
    }

    // ---- charmap

    private static void defineCharmap(PyModule m) {
        def(m, "charmap_build", (a, kw) -> {
            PyStr s = strArg(ModuleSupport.one("charmap_build", a, kw), "charmap_build");
            PyDict d = new PyDict();
            int[] cps = s.codePoints();
            for (int i = cps.length - 1; i >= 0; i--) d.put(PyInt.of(cps[i]), PyInt.of(i));
            return d;
        });
        def(m, "charmap_decode", (a, kw) -> {
            ModuleSupport.positional("charmap_decode", a, kw, 1, 3);
            byte[] b = bytesArg(a[0], "charmap_decode", false);
            String errors = errors(a, 1, "charmap_decode");
            PyObject map = a.length > 2 ? a[2] : PyNone.NONE;
            if (map == PyNone.NONE) return pair(PyStr.of(Codecs.decode(b, "latin-1", errors)), b.length);
            return pair(PyStr.of(Codecs.decodeCharmap(b, decodingTable(map), errors)), b.length);
        });
        def(m, "charmap_encode", (a, kw) -> {
            ModuleSupport.positional("charmap_encode", a, kw, 1, 3);
            PyStr s = strArg(a[0], "charmap_encode");
            String errors = errors(a, 1, "charmap_encode");
            PyObject map = a.length > 2 ? a[2] : PyNone.NONE;
            if (map == PyNone.NONE) return pair(new PyBytes(Codecs.encode(s.value, "latin-1", errors)), s.length());
            return pair(new PyBytes(Codecs.encodeCharmap(s.value, encodingTable(map), errors)), s.length());
        });
    }

    /** A decoding map (a 256-character str, or a mapping of byte values to str/int/None) as a table; U+FFFE is undefined. */
    private static char[] decodingTable(PyObject map) {
        char[] t = new char[256];
        java.util.Arrays.fill(t, '\ufffe');
        if (map instanceof PyStr s) {
            String v = s.value;
            for (int i = 0; i < 256 && i < v.length(); i++) t[i] = v.charAt(i);
            return t;
        }
        for (int i = 0; i < 256; i++) {
            PyObject v;
            try {
                v = Abstract.getitem(map, PyInt.of(i));
            } catch (PyException e) {
                if (e.value().type().isSubtype(ExceptionTypes.LOOKUP_ERROR)) continue;
                throw e;
            }
            if (v instanceof PyInt n) {
                long c = n.longValue();
                if (c < 0 || c > 0xffff) throw Errors.typeError("character mapping must be in range(0x110000)");
                t[i] = (char) c;
            } else if (v instanceof PyStr s && s.value.length() == 1) {
                t[i] = s.value.charAt(0);
            } else if (v instanceof PyStr s && s.value.isEmpty()) {
                t[i] = '\ufffe';
            } else if (v != PyNone.NONE) {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return t;
    }

    /** An encoding map (what charmap_build returns, or a dict of code points to int/bytes/None). */
    private static Map<Integer, Integer> encodingTable(PyObject map) {
        Map<Integer, Integer> t = new HashMap<>();
        if (!(map instanceof PyDict d)) throw Errors.typeError("character mapping must return integer, bytes or None, not " + map.typeName());
        for (var it = d.entries(); it.hasNext(); ) {
            var e = it.next();
            if (!(e.getKey() instanceof PyInt k)) continue;
            PyObject v = e.getValue();
            if (v instanceof PyInt n) t.put((int) k.longValue(), (int) n.longValue());
            else if (v instanceof PyBytes bs && bs.value.length == 1) t.put((int) k.longValue(), bs.value[0] & 0xff);
            else if (v != PyNone.NONE) throw Errors.typeError("character mapping must return integer, bytes or None, not " + v.typeName());
        }
        return t;
    }

    // ---- escapes

    private static void defineEscapes(PyModule m) {
        def(m, "escape_encode", (a, kw) -> {
            ModuleSupport.positional("escape_encode", a, kw, 1, 2);
            if (!(a[0] instanceof PyBytes b)) throw Errors.typeError("escape_encode() argument 1 must be bytes, not " + a[0].typeName());
            return pair(new PyBytes(EscapeCodecs.escapeEncode(b.value)), b.value.length);
        });
        def(m, "escape_decode", (a, kw) -> {
            ModuleSupport.positional("escape_decode", a, kw, 1, 2);
            byte[] b = bytesArg(a[0], "escape_decode", true);
            return pair(new PyBytes(EscapeCodecs.escapeDecode(b, errors(a, 1, "escape_decode"))), b.length);
        });
        for (boolean raw : new boolean[] {false, true}) {
            String base = raw ? "raw_unicode_escape" : "unicode_escape";
            def(m, base + "_encode", (a, kw) -> {
                ModuleSupport.positional(base + "_encode", a, kw, 1, 2);
                PyStr s = strArg(a[0], base + "_encode");
                return pair(new PyBytes(EscapeCodecs.unicodeEscapeEncode(s.codePoints(), raw)), s.length());
            });
            def(m, base + "_decode", (a, kw) -> {
                ModuleSupport.positional(base + "_decode", a, kw, 1, 3);
                byte[] b = bytesArg(a[0], base + "_decode", true);
                EscapeCodecs.Decoded d = EscapeCodecs.unicodeEscapeDecode(b, errors(a, 1, base + "_decode"), flag(a, 2, true), raw);
                return pair(PyStr.of(d.text()), d.consumed());
            });
        }
    }
}
