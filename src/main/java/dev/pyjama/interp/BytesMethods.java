package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;
import static dev.pyjama.interp.BytesOps.buffer;
import static dev.pyjama.interp.BytesOps.need;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBuiltinFunction;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyClassMethod;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStaticMethod;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods bytes and bytearray share (CPython defines them once in bytes_methods.c and
 * stringlib and instantiates them for both types): each is installed on both types and
 * returns a value of self's kind.
 */
// CPython: Objects/bytesobject.c bytes_methods, Objects/bytearrayobject.c bytearray_methods, Objects/bytes_methods.c
final class BytesMethods {
    private BytesMethods() {}

    static void install() {
        for (PyType t : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE}) shared(t);
        bytesOnly(PyBytes.TYPE);
        ByteArrayMethods.install();
    }

    /** The bytes of self (a bytearray's are copied). */
    static byte[] val(PyObject self) {
        return self instanceof PyBytes b ? b.value : ((PyByteArray) self).toBytes();
    }

    /** A result of self's kind: bytes for bytes, a new bytearray for a bytearray. */
    static PyObject make(PyObject self, byte[] b) {
        return self instanceof PyByteArray ? new PyByteArray(b) : new PyBytes(b);
    }

    /** A byte-or-bytes argument of find/count/index: an int in range(256) or a bytes-like object. */
    // CPython: Objects/bytes_methods.c parse_args_finds_byte
    static byte[] subArg(PyObject o) {
        byte[] b = buffer(o);
        if (b != null) return b;
        if (!(o instanceof PyInt) && !(o instanceof PyBool) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or bytes-like object, not '" + o.typeName() + "'");
        }
        return new byte[] {byteValue(o)};
    }

    /** An int in range(256), as a byte; ValueError "byte must be in range(0, 256)" otherwise. */
    // CPython: Objects/bytearrayobject.c _getbytevalue
    static byte byteValue(PyObject o) {
        long v = Abstract.asSsize(o, null);
        if (v < 0 || v > 255) throw Errors.valueError("byte must be in range(0, 256)");
        return (byte) v;
    }

    /** A slice bound argument (start, end): None or missing gives {@code dflt}. */
    // CPython: Python/ceval.c _PyEval_SliceIndex
    static long bound(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE) return dflt;
        if (o instanceof PyInt || o instanceof PyBool || o.type().lookup("__index__") != null) return Abstract.asSsize(o, null);
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    static long ssize(PyObject o) {
        return Abstract.asSsize(o, ExceptionTypes.OVERFLOW_ERROR);
    }

    /** The fill byte of center/ljust/rjust: a bytes or bytearray of length 1. */
    private static byte fill(String fname, PyObject o) {
        if (o == null) return ' ';
        if ((o instanceof PyBytes || o instanceof PyByteArray) && buffer(o).length == 1) return buffer(o)[0];
        throw Errors.typeError(fname + "() argument 2 must be a byte string of length 1, not " + o.typeName());
    }

    private static PyList list(PyObject self, List<byte[]> parts) {
        List<PyObject> out = new ArrayList<>(parts.size());
        for (byte[] p : parts) out.add(make(self, p));
        return new PyList(out);
    }

    private static void shared(PyType t) {
        // predicates
        noargs(t, "isspace", self -> bool(BytesOps.isAll(val(self), BytesOps.SPACE)));
        noargs(t, "isalpha", self -> bool(BytesOps.isAll(val(self), BytesOps.ALPHA)));
        noargs(t, "isalnum", self -> bool(BytesOps.isAll(val(self), BytesOps.ALNUM)));
        noargs(t, "isdigit", self -> bool(BytesOps.isAll(val(self), BytesOps.DIGIT)));
        noargs(t, "isascii", self -> bool(BytesOps.isAscii(val(self))));
        noargs(t, "islower", self -> bool(BytesOps.isCase(val(self), false)));
        noargs(t, "isupper", self -> bool(BytesOps.isCase(val(self), true)));
        noargs(t, "istitle", self -> bool(BytesOps.isTitle(val(self))));
        // case
        noargs(t, "lower", self -> make(self, BytesOps.convertCase(val(self), BytesOps.LOWER)));
        noargs(t, "upper", self -> make(self, BytesOps.convertCase(val(self), BytesOps.UPPER)));
        noargs(t, "swapcase", self -> make(self, BytesOps.convertCase(val(self), BytesOps.SWAPCASE)));
        noargs(t, "title", self -> make(self, BytesOps.convertCase(val(self), BytesOps.TITLE)));
        noargs(t, "capitalize", self -> make(self, BytesOps.convertCase(val(self), BytesOps.CAPITALIZE)));
        // searching
        positional(t, "find", 1, 3, (self, a) -> PyInt.of(find(self, a, 1)));
        positional(t, "rfind", 1, 3, (self, a) -> PyInt.of(find(self, a, -1)));
        positional(t, "index", 1, 3, (self, a) -> PyInt.of(index(self, a, 1)));
        positional(t, "rindex", 1, 3, (self, a) -> PyInt.of(index(self, a, -1)));
        positional(t, "count", 1, 3, (self, a) -> PyInt.of(BytesOps.count(val(self), subArg(a[0]), bound(a[1], 0), bound(a[2], Long.MAX_VALUE))));
        positional(t, "startswith", 1, 3, (self, a) -> bool(startsEnds(self, a, true)));
        positional(t, "endswith", 1, 3, (self, a) -> bool(startsEnds(self, a, false)));
        // splitting and joining
        put(t, "split", (args, kw) -> {
            PyObject[] a = Args.parse("split", args, 1, kw, new String[] {"sep", "maxsplit"}, 0, 2);
            return list(args[0], BytesOps.split(val(args[0]), sepArg(a[0]), a[1] == null ? -1 : ssize(a[1]), false));
        });
        put(t, "rsplit", (args, kw) -> {
            PyObject[] a = Args.parse("rsplit", args, 1, kw, new String[] {"sep", "maxsplit"}, 0, 2);
            return list(args[0], BytesOps.split(val(args[0]), sepArg(a[0]), a[1] == null ? -1 : ssize(a[1]), true));
        });
        put(t, "splitlines", (args, kw) -> {
            PyObject[] a = Args.parse("splitlines", args, 1, kw, new String[] {"keepends"}, 0, 1);
            return list(args[0], BytesOps.splitlines(val(args[0]), a[0] != null && Abstract.isTrue(a[0])));
        });
        onearg(t, "partition", (self, sep) -> partition(self, sep, false));
        onearg(t, "rpartition", (self, sep) -> partition(self, sep, true));
        onearg(t, "join", BytesMethods::join);
        // strip, pad, replace
        positional(t, "strip", 0, 1, (self, a) -> make(self, BytesOps.strip(val(self), chars(a[0]), 3)));
        positional(t, "lstrip", 0, 1, (self, a) -> make(self, BytesOps.strip(val(self), chars(a[0]), 1)));
        positional(t, "rstrip", 0, 1, (self, a) -> make(self, BytesOps.strip(val(self), chars(a[0]), 2)));
        positional(t, "center", 1, 2, (self, a) -> make(self, BytesOps.center(val(self), ssize(a[0]), fill("center", a[1]))));
        positional(t, "ljust", 1, 2, (self, a) -> {
            byte[] b = val(self);
            return make(self, BytesOps.pad(b, 0, ssize(a[0]) - b.length, fill("ljust", a[1])));
        });
        positional(t, "rjust", 1, 2, (self, a) -> {
            byte[] b = val(self);
            return make(self, BytesOps.pad(b, ssize(a[0]) - b.length, 0, fill("rjust", a[1])));
        });
        onearg(t, "zfill", (self, w) -> make(self, BytesOps.zfill(val(self), ssize(w))));
        put(t, "expandtabs", (args, kw) -> {
            PyObject[] a = Args.parse("expandtabs", args, 1, kw, new String[] {"tabsize"}, 0, 1);
            return make(args[0], BytesOps.expandtabs(val(args[0]), a[0] == null ? 8 : ssize(a[0])));
        });
        positional(t, "replace", 2, 3, (self, a) ->
                make(self, BytesOps.replace(val(self), need(a[0]), need(a[1]), a[2] == null ? -1 : ssize(a[2]))));
        onearg(t, "removeprefix", (self, p) -> {
            byte[] b = val(self), pre = need(p);
            return make(self, BytesOps.tailmatch(b, pre, 0, b.length, true) ? BytesOps.slice(b, pre.length, b.length) : b);
        });
        onearg(t, "removesuffix", (self, p) -> {
            byte[] b = val(self), suf = need(p);
            return make(self, suf.length > 0 && BytesOps.tailmatch(b, suf, 0, b.length, false) ? BytesOps.slice(b, 0, b.length - suf.length) : b);
        });
        put(t, "translate", (args, kw) -> {
            PyObject[] a = Args.parse("translate", args, 1, kw, new String[] {"", "delete"}, 1, 2);
            return make(args[0], translate(val(args[0]), a[0], a[1]));
        });
        t.dict.put("maketrans", new PyStaticMethod(new PyBuiltinFunction("maketrans", null, null, (args, kw) -> {
            Args.noKw(t.name() + ".maketrans", kw);
            Args.checkPositional("maketrans", args.length, 2, 2);
            byte[] from = need(args[0]), to = need(args[1]);
            if (from.length != to.length) throw Errors.valueError("maketrans arguments must have same length");
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) table[i] = (byte) i;
            for (int i = 0; i < from.length; i++) table[from[i] & 0xff] = to[i];
            return new PyBytes(table);
        }).staticOf(t)));
        // codecs and hex
        put(t, "decode", (args, kw) -> {
            PyObject[] a = Args.parse("decode", args, 1, kw, new String[] {"encoding", "errors"}, 0, 2);
            return PyStr.of(Codecs.decode(val(args[0]), a[0] == null ? "utf-8" : str(a[0], "decode() argument 'encoding'"),
                    a[1] == null ? "strict" : str(a[1], "decode() argument 'errors'")));
        });
        put(t, "hex", (args, kw) -> {
            PyObject[] a = Args.parse("hex", args, 1, kw, new String[] {"sep", "bytes_per_sep"}, 0, 2);
            return PyStr.of(hex(val(args[0]), a[0], a[1]));
        });
        PyType owner = t;
        t.dict.put("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", null, null, (args, kw) -> {
            Args.noKw(owner.name() + ".fromhex", kw);
            Args.checkPositional("fromhex", args.length - 1, 1, 1);
            if (!(args[1] instanceof PyStr s)) throw Errors.typeError("fromhex() argument must be str, not " + args[1].typeName());
            byte[] b = BytesOps.fromhex(s.value());
            PyObject r = owner == PyByteArray.TYPE ? new PyByteArray(b) : new PyBytes(b);
            return args[0] == owner ? r : Abstract.call(args[0], r);
        })));
        // formatting
        slot1(t, "__mod__", (self, v) -> make(self, BytesFormat.format(val(self), v)));
        slot1(t, "__rmod__", (self, v) -> ni());
    }

    /** A BytesWarning attributed to the running Python frame, through {@code warnings} (-b imports it at start-up). */
    // CPython: Python/_warnings.c PyErr_WarnEx (stack level 1)
    private static void bytesWarning(String text) {
        PyObject warnings = Interpreter.current().modules.get(PyStr.of("warnings"));
        if (warnings == null) warnings = Importer.importModule("warnings");
        Abstract.call(Abstract.getattr(warnings, PyStr.of("warn")), PyStr.of(text), dev.pyjama.objects.ExceptionTypes.BYTES_WARNING);
    }

    private static void bytesOnly(PyType b) {
        newMethod(b, (args, kw) -> {
            PyObject[] a = Args.parse("bytes", args, 1, kw, new String[] {"source", "encoding", "errors"}, 0, 3);
            return new PyBytes(fromSource("bytes", a[0], a[1], a[2]));
        });
        slot0(b, "__repr__", self -> PyStr.of(self.repr()));
        slot0(b, "__str__", self -> {
            if (Interpreter.current().bytesWarning) bytesWarning("str() on a bytes instance");
            return PyStr.of(self.repr());
        });
        slot0(b, "__hash__", self -> PyInt.of(dev.pyjama.objects.PyHash.valueHash(self)));
        slot0(b, "__len__", self -> PyInt.of(((PyBytes) self).value.length));
        slot1(b, "__getitem__", (self, k) -> NativeOps.getitem(self, k));
        slot1(b, "__contains__", (self, x) -> bool(NativeOps.contains(self, x) == 1));
        slot0(b, "__iter__", self -> Iterators.of(self));
        comparisons(b);
        for (int op : new int[] {Abstract.EQ, Abstract.NE}) {
            // CPython: Objects/bytesobject.c bytes_richcompare (the -b warnings for == and != with str or int)
            slot1(b, Abstract.CMP_DUNDER[op], (self, other) -> {
                if (other.type().heap && !other.type().isSubtype(b)) return ni();
                PyObject r = NativeOps.compare(op, self, other);
                if (r == null && Interpreter.current().bytesWarning) {
                    if (other instanceof PyStr) bytesWarning("Comparison between bytes and string");
                    else if (other instanceof PyInt) bytesWarning("Comparison between bytes and int");
                }
                return orNi(r);
            });
        }
        slot1(b, "__add__", (self, o) -> {
            byte[] y = buffer(o);
            return y == null ? ni() : new PyBytes(concat(((PyBytes) self).value, y));
        });
        slot1(b, "__mul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        slot1(b, "__rmul__", (self, n) -> n.type().lookup("__index__") != null ? NativeOps.repeat(self, Abstract.index(n)) : ni());
        noargs(b, "__getnewargs__", self -> PyTuple.of(new PyBytes(((PyBytes) self).value)));
        noargs(b, "__bytes__", self -> self.getClass() == PyBytes.class ? self : new PyBytes(((PyBytes) self).value));
    }

    static byte[] concat(byte[] x, byte[] y) {
        byte[] c = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, c, x.length, y.length);
        return c;
    }

    /**
     * The bytes that {@code bytes(source, encoding, errors)} and {@code bytearray(...)} hold:
     * an encoded str, {@code __bytes__} (bytes only), a buffer, a count of zeros, or an iterable of ints.
     */
    // CPython: Objects/bytesobject.c bytes_new_impl, PyBytes_FromObject; Objects/bytearrayobject.c bytearray___init___impl
    static byte[] fromSource(String kind, PyObject x, PyObject encoding, PyObject errors) {
        boolean isBytes = kind.equals("bytes");
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (x instanceof PyStr s) {
            if (encoding == null) throw Errors.typeError("string argument without an encoding");
            return Codecs.encode(s.value(), str(encoding, kind + "() argument 'encoding'"),
                    errors == null ? "strict" : str(errors, kind + "() argument 'errors'"));
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
        }
        if (isBytes) {
            PyObject f = x.type().lookup("__bytes__");
            if (f != null) {
                PyObject r = Abstract.callMethod(f, x);
                if (!(r instanceof PyBytes rb)) throw Errors.typeError("__bytes__ returned non-bytes (type " + r.typeName() + ")");
                return rb.value;
            }
        }
        if (x instanceof PyInt || x instanceof PyBool || x.type().lookup("__index__") != null) {
            long n = Abstract.asSsize(x, ExceptionTypes.OVERFLOW_ERROR);
            if (n < 0) throw Errors.valueError("negative count");
            if (n > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
            return new byte[(int) n];
        }
        byte[] b = buffer(x);
        if (b != null) return x instanceof PyBytes ? b.clone() : b;
        if (x.type().lookup("__iter__") == null && x.type().lookup("__getitem__") == null) {
            throw Errors.typeError("cannot convert '" + x.typeName() + "' object to " + kind);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it = Abstract.iter(x);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            long n = Abstract.asSsize(v, null);
            if (n < 0 || n > 255) throw Errors.valueError(isBytes ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
            out.write((int) n);
        }
        return out.toByteArray();
    }

    // CPython: Objects/bytes_methods.c find_internal
    private static long find(PyObject self, PyObject[] a, int dir) {
        return BytesOps.find(val(self), subArg(a[0]), bound(a[1], 0), bound(a[2], Long.MAX_VALUE), dir);
    }

    private static long index(PyObject self, PyObject[] a, int dir) {
        long r = find(self, a, dir);
        if (r < 0) throw Errors.valueError("subsection not found");
        return r;
    }

    // CPython: Objects/bytes_methods.c _Py_bytes_tailmatch
    private static boolean startsEnds(PyObject self, PyObject[] a, boolean start) {
        byte[] b = val(self);
        long st = bound(a[1], 0), en = bound(a[2], Long.MAX_VALUE);
        if (a[0] instanceof PyTuple t) {
            for (PyObject p : t.items) if (BytesOps.tailmatch(b, need(p), st, en, start)) return true;
            return false;
        }
        byte[] p = buffer(a[0]);
        if (p == null) {
            throw Errors.typeError((start ? "startswith" : "endswith") + " first arg must be bytes or a tuple of bytes, not "
                    + a[0].typeName());
        }
        return BytesOps.tailmatch(b, p, st, en, start);
    }

    private static byte[] sepArg(PyObject o) {
        return o == null || o == PyNone.NONE ? null : need(o);
    }

    private static byte[] chars(PyObject o) {
        return o == null || o == PyNone.NONE ? null : need(o);
    }

    private static PyObject partition(PyObject self, PyObject sep, boolean right) {
        byte[][] p = BytesOps.partition(val(self), need(sep), right);
        return PyTuple.of(make(self, p[0]), make(self, p[1]), make(self, p[2]));
    }

    // CPython: Objects/stringlib/join.h
    static PyObject join(PyObject self, PyObject iterable) {
        byte[] sep = val(self);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<PyObject> items = Abstract.toList(iterable);
        for (int i = 0; i < items.size(); i++) {
            byte[] x = buffer(items.get(i));
            if (x == null) {
                throw Errors.typeError("sequence item " + i + ": expected a bytes-like object, " + items.get(i).typeName() + " found");
            }
            if (i > 0) out.writeBytes(sep);
            out.writeBytes(x);
        }
        return make(self, out.toByteArray());
    }

    // CPython: Objects/bytesobject.c bytes_translate_impl
    private static byte[] translate(byte[] b, PyObject table, PyObject delete) {
        byte[] tab = null;
        if (table != PyNone.NONE) {
            tab = need(table);
            if (tab.length != 256) throw Errors.valueError("translation table must be 256 characters long");
        }
        boolean[] del = new boolean[256];
        if (delete != null) for (byte d : need(delete)) del[d & 0xff] = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (del[x & 0xff]) continue;
            out.write(tab == null ? x : tab[x & 0xff]);
        }
        return out.toByteArray();
    }

    // CPython: Python/pystrhex.c _Py_strhex_impl (the checks of sep)
    private static String hex(byte[] b, PyObject sep, PyObject perSep) {
        long per = perSep == null ? 1 : Abstract.asSsize(perSep, ExceptionTypes.OVERFLOW_ERROR);
        if (sep == null) return BytesOps.hex(b, -1, 0);
        if (Abstract.len(sep) != 1) throw Errors.valueError("sep must be length 1.");
        int c;
        if (sep instanceof PyStr s) {
            c = s.value().codePointAt(0);
            if (c > 255) throw Errors.valueError("sep must be ASCII.");
        } else if (sep instanceof PyBytes sb) {
            c = sb.value[0] & 0xff;
        } else {
            throw Errors.typeError("sep must be str or bytes.");
        }
        if (c > 127) throw Errors.valueError("sep must be ASCII.");
        return BytesOps.hex(b, c, per);
    }
}
