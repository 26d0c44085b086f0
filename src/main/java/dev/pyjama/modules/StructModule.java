package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code _struct}: the Struct type and the module functions, which go through a cache of Structs. */
// CPython: Modules/_struct.c
public final class StructModule {
    private StructModule() {}

    public static final PyType STRUCT = PyType.builtin("_struct.Struct", null);
    static final PyType UNPACK_ITERATOR = ModuleSupport.iteratorType("_struct.unpack_iterator");

    /** A Struct: its compiled format (set by __init__). */
    static final class Struct extends PyObject implements Derived {
        private PyType type = STRUCT;
        private PyDict dict;
        StructFormat fmt = new StructFormat(new byte[0]);

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        // CPython: Modules/_struct.c s_repr
        @Override
        public String repr() {
            return type.qualname + "(" + Abstract.repr(PyStr.of(new String(fmt.format, StandardCharsets.ISO_8859_1))).value() + ")";
        }
    }

    private static Struct st(PyObject o) {
        return (Struct) o;
    }

    static {
        Derived.SELF_DERIVED.put(STRUCT, Struct.class);
        newMethod(STRUCT, (args, kw) -> new Struct());
        put(STRUCT, "__init__", (args, kw) -> {
            PyObject[] a = Args.parse("Struct", args, 1, kw, new String[] {"format"}, 1, 1);
            st(args[0]).fmt = compile(a[0]);
            return PyNone.NONE;
        });
        put(STRUCT, "__repr__", (args, kw) -> PyStr.of(args[0].repr()));
        getter(STRUCT, "format", s -> PyStr.of(new String(st(s).fmt.format, StandardCharsets.ISO_8859_1)));
        getter(STRUCT, "size", s -> PyInt.of(st(s).fmt.size));
        put(STRUCT, "pack", (args, kw) -> {
            Args.noKw("pack", kw);
            return pack(st(args[0]).fmt, Arrays.copyOfRange(args, 1, args.length));
        });
        put(STRUCT, "pack_into", (args, kw) -> {
            Args.noKw("pack_into", kw);
            packInto(st(args[0]).fmt, Arrays.copyOfRange(args, 1, args.length));
            return PyNone.NONE;
        });
        put(STRUCT, "unpack", (args, kw) -> {
            ModuleSupport.positional("unpack", Arrays.copyOfRange(args, 1, args.length), kw, 1, 1);
            return unpack(st(args[0]).fmt, args[1]);
        });
        put(STRUCT, "unpack_from", (args, kw) -> {
            PyObject[] a = Args.parse("unpack_from", args, 1, kw, new String[] {"buffer", "offset"}, 1, 2);
            return unpackFrom(st(args[0]).fmt, a[0], a[1]);
        });
        put(STRUCT, "iter_unpack", (args, kw) -> {
            ModuleSupport.one("iter_unpack", Arrays.copyOfRange(args, 1, args.length), kw);
            return iterUnpack(st(args[0]).fmt, args[1]);
        });
        put(STRUCT, "__sizeof__", (args, kw) -> PyInt.of(40 + 32L * (st(args[0]).fmt.codes.size() + 1)));
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_struct");
        ModuleSupport.set(m, "__doc__", PyStr.of(DOC));
        ModuleSupport.set(m, "Struct", STRUCT);
        ModuleSupport.set(m, "error", StructFormat.ERROR);
        Map<PyObject, StructFormat> cache = new LinkedHashMap<>();
        ModuleSupport.def(m, "_clearcache", (a, kw) -> {
            cache.clear();
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "calcsize", (a, kw) -> {
            ModuleSupport.one("calcsize", a, kw);
            return PyInt.of(cached(cache, a[0]).size);
        });
        ModuleSupport.def(m, "pack", (a, kw) -> {
            Args.noKw("pack", kw);
            if (a.length == 0) throw Errors.typeError("missing format argument");
            return pack(cached(cache, a[0]), Arrays.copyOfRange(a, 1, a.length));
        });
        ModuleSupport.def(m, "pack_into", (a, kw) -> {
            Args.noKw("pack_into", kw);
            if (a.length == 0) throw Errors.typeError("missing format argument");
            packInto(cached(cache, a[0]), Arrays.copyOfRange(a, 1, a.length));
            return PyNone.NONE;
        });
        ModuleSupport.def(m, "unpack", (a, kw) -> {
            ModuleSupport.positional("unpack", a, kw, 2, 2);
            return unpack(cached(cache, a[0]), a[1]);
        });
        ModuleSupport.def(m, "unpack_from", (a, kw) -> {
            PyObject[] p = Args.parse("unpack_from", a, 0, kw, new String[] {"", "buffer", "offset"}, 2, 3);
            return unpackFrom(cached(cache, p[0]), p[1], p[2]);
        });
        ModuleSupport.def(m, "iter_unpack", (a, kw) -> {
            ModuleSupport.positional("iter_unpack", a, kw, 2, 2);
            return iterUnpack(cached(cache, a[0]), a[1]);
        });
        return m;
    }

    // CPython: Modules/_struct.c cache_struct_converter (at most 100 entries, then the cache starts over)
    private static StructFormat cached(Map<PyObject, StructFormat> cache, PyObject format) {
        StructFormat f = format instanceof PyStr || format instanceof PyBytes ? cache.get(format) : null;
        if (f != null) return f;
        f = compile(format);
        if (cache.size() >= 100) cache.clear();
        cache.put(format, f);
        return f;
    }

    // CPython: Modules/_struct.c Struct___init___impl
    private static StructFormat compile(PyObject format) {
        byte[] b;
        if (format instanceof PyStr s) {
            b = ((PyBytes) Abstract.callMethod(s.type().lookup("encode"), s, PyStr.of("ascii"))).value;
        } else if (format instanceof PyBytes pb) {
            b = pb.value;
        } else {
            throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + format.type().qualname);
        }
        return new StructFormat(b);
    }

    private static PyObject pack(StructFormat f, PyObject[] values) {
        if (values.length != f.len) {
            throw StructFormat.error("pack expected " + f.len + " items for packing (got " + values.length + ")");
        }
        byte[] out = new byte[f.size];
        f.pack(values, 0, out, 0);
        return new PyBytes(out);
    }

    // CPython: Modules/_struct.c s_pack_into
    private static void packInto(StructFormat f, PyObject[] a) {
        if (a.length != f.len + 2) {
            if (a.length == 0) throw StructFormat.error("pack_into expected buffer argument");
            if (a.length == 1) throw StructFormat.error("pack_into expected offset argument");
            throw StructFormat.error("pack_into expected " + f.len + " items for packing (got " + (a.length - 2) + ")");
        }
        int length = writableLength(a[0]);
        long offset = Abstract.asSsize(a[1], ExceptionTypes.INDEX_ERROR);
        if (offset < 0) {
            if (offset + f.size > 0) throw StructFormat.error("no space to pack " + f.size + " bytes at offset " + offset);
            if (offset + length < 0) throw StructFormat.error("offset " + offset + " out of range for " + length + "-byte buffer");
            offset += length;
        }
        if (length - offset < f.size) {
            throw StructFormat.error("pack_into requires a buffer of at least " + (f.size + offset) + " bytes for packing "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + length + ")");
        }
        byte[] packed = new byte[f.size];
        f.pack(a, 2, packed, 0);
        if (a[0] instanceof PyByteArray ba) System.arraycopy(packed, 0, ba.buf, (int) offset, packed.length);
        else ((ArrayModule.Array) a[0]).writeBytes((int) offset, packed);
    }

    // a "w*" argument: bytearray or array.array
    private static int writableLength(PyObject o) {
        if (o instanceof PyByteArray ba) return ba.size;
        if (o instanceof ArrayModule.Array arr) return arr.byteLength();
        if (Buffers.bytesOrNull(o) != null) {
            throw Errors.typeError("argument must be read-write bytes-like object, not " + o.type().qualname);
        }
        throw Errors.typeError("argument must be read-write bytes-like object, not " + o.type().qualname);
    }

    private static PyObject unpack(StructFormat f, PyObject buffer) {
        byte[] b = Buffers.bytesLike(buffer);
        if (b.length != f.size) throw StructFormat.error("unpack requires a buffer of " + f.size + " bytes");
        return new PyTuple(f.unpack(b, 0));
    }

    // CPython: Modules/_struct.c Struct_unpack_from_impl
    private static PyObject unpackFrom(StructFormat f, PyObject buffer, PyObject off) {
        byte[] b = Buffers.bytesLike(buffer);
        long offset = off == null ? 0 : Abstract.asSsize(off, ExceptionTypes.OVERFLOW_ERROR);
        if (offset < 0) {
            if (offset + f.size > 0) throw StructFormat.error("not enough data to unpack " + f.size + " bytes at offset " + offset);
            if (offset + b.length < 0) throw StructFormat.error("offset " + offset + " out of range for " + b.length + "-byte buffer");
            offset += b.length;
        }
        if (b.length - offset < f.size) {
            throw StructFormat.error("unpack_from requires a buffer of at least " + (f.size + offset) + " bytes for unpacking "
                    + f.size + " bytes at offset " + offset + " (actual buffer size is " + b.length + ")");
        }
        return new PyTuple(f.unpack(b, (int) offset));
    }

    // CPython: Modules/_struct.c Struct_iter_unpack, unpackiter_iternext
    private static PyObject iterUnpack(StructFormat f, PyObject buffer) {
        if (f.size == 0) throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
        byte[] b = Buffers.bytesLike(buffer);
        if (b.length % f.size != 0) {
            throw StructFormat.error("iterative unpacking requires a buffer of a multiple of " + f.size + " bytes");
        }
        return new UnpackIterator(f, b);
    }

    static final class UnpackIterator extends PyIter {
        private final StructFormat f;
        private final byte[] b;
        int at;

        UnpackIterator(StructFormat f, byte[] b) {
            super(UNPACK_ITERATOR);
            this.f = f;
            this.b = b;
        }

        @Override
        public PyObject next() {
            if (at >= b.length) return null;
            PyObject r = new PyTuple(f.unpack(b, at));
            at += f.size;
            return r;
        }
    }

    static {
        put(UNPACK_ITERATOR, "__length_hint__", (args, kw) -> {
            UnpackIterator it = (UnpackIterator) args[0];
            return PyInt.of((it.b.length - it.at) / it.f.size);
        });
    }

    private static final String DOC = "Functions to convert between Python values and C structs.\n"
            + "Python bytes objects are used to hold the data representing the C struct\n"
            + "and also as format strings (explained below) to describe the layout of data\n"
            + "in the C struct.\n\n"
            + "The optional first format char indicates byte order, size and alignment:\n"
            + "  @: native order, size & alignment (default)\n"
            + "  =: native order, std. size & alignment\n"
            + "  <: little-endian, std. size & alignment\n"
            + "  >: big-endian, std. size & alignment\n"
            + "  !: same as >\n\n"
            + "The remaining chars indicate types of args and must match exactly;\n"
            + "these can be preceded by a decimal repeat count:\n"
            + "  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n"
            + "  ?: _Bool (requires C99; if not available, char is used instead)\n"
            + "  h:short; H:unsigned short; i:int; I:unsigned int;\n"
            + "  l:long; L:unsigned long; f:float; d:double; e:half-float.\n"
            + "Special cases (preceding decimal count indicates length):\n"
            + "  s:string (array of char); p: pascal string (with count byte).\n"
            + "Special cases (only available in native format):\n"
            + "  n:ssize_t; N:size_t;\n"
            + "  P:an integer type that is wide enough to hold a pointer.\n"
            + "Special case (not in native mode unless 'long long' in platform C):\n"
            + "  q:long long; Q:unsigned long long\n"
            + "Whitespace between formats is ignored.\n\n"
            + "The variable struct.error is an exception raised on errors.\n";
}
