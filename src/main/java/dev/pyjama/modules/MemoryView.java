package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.interp.BuiltinTypes.slot0;
import static dev.pyjama.interp.BuiltinTypes.slot1;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyNotImplemented;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code memoryview}, one-dimensional and contiguous, over a {@code bytes} or {@code bytearray}
 * (a view of a bytearray sees its changes): items by index and slices, {@code cast} to the
 * native single-item formats (B b c H h I i L l Q q f d ?), {@code tolist}, {@code tobytes},
 * {@code hex}, {@code release} and the context manager, equality. Enough for what the
 * standard library does with views (re's compiler, base64, io); multi-dimensional shapes and
 * writing through formats other than 'B' are not there yet.
 */
// CPython: Objects/memoryobject.c
public final class MemoryView extends PyObject {
    private final PyObject obj;
    private final int offset, length; // in bytes
    private final String format;
    private final int itemsize;
    private boolean released;

    private MemoryView(PyObject obj, int offset, int length, String format) {
        this.obj = obj;
        this.offset = offset;
        this.length = length;
        this.format = format;
        this.itemsize = itemsize(format);
    }

    @Override
    public PyType type() {
        return BuiltinsExtras.TYPE;
    }

    @Override
    public String repr() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    private byte[] buffer() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
        return obj instanceof PyBytes b ? b.value : ((PyByteArray) obj).buf;
    }

    private static int itemsize(String f) {
        switch (f) {
            case "B": case "b": case "c": case "?": return 1;
            case "H": case "h": return 2;
            case "I": case "i": case "f": return 4;
            case "L": case "l": case "Q": case "q": case "d": return 8;
            default: return -1;
        }
    }

    private int count() {
        return length / itemsize;
    }

    // CPython: Objects/memoryobject.c unpack_single (native byte order: little-endian here)
    private PyObject item(int i) {
        byte[] b = buffer();
        int at = offset + i * itemsize;
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) v = v << 8 | (b[at + k] & 0xff);
        switch (format) {
            case "B": case "H": case "I": return PyInt.of(v);
            case "b": return PyInt.of((byte) v);
            case "h": return PyInt.of((short) v);
            case "i": return PyInt.of((int) v);
            case "l": case "q": return PyInt.of(v);
            case "L": case "Q": return v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
            case "c": return new PyBytes(new byte[] {(byte) v});
            case "?": return PyBool.of(v != 0);
            case "f": return PyFloat.of(Float.intBitsToFloat((int) v));
            default: return PyFloat.of(Double.longBitsToDouble(v));
        }
    }

    /** The viewed bytes, copied (what {@code tobytes()} returns). */
    byte[] toBytes() {
        return java.util.Arrays.copyOfRange(buffer(), offset, offset + length);
    }

    /** A writable view of the first {@code length} bytes of a bytearray ({@code BytesIO.getbuffer}). */
    static MemoryView of(PyByteArray ba, int length) {
        return new MemoryView(ba, 0, length, "B");
    }

    private static MemoryView mv(PyObject o) {
        return (MemoryView) o;
    }

    /** The bytes of a bytes-like object compared byte by byte (a view of wider items is compared by items), or null. */
    private static byte[] bytesOf(PyObject o) {
        if (o instanceof MemoryView m && !(m.format.equals("B") || m.format.equals("b") || m.format.equals("c"))) return null;
        return Buffers.bytesOrNull(o);
    }

    static void install() {
        PyType t = BuiltinsExtras.TYPE;
        t.disallowInstantiation = false;
        newMethod(t, (a, kw) -> {
            if (kw != null && kw.items.length > 0 || a.length != 2) {
                throw Errors.typeError("memoryview() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            PyObject o = a[1];
            if (o instanceof MemoryView m) return new MemoryView(m.obj, m.offset, m.length, m.format);
            if (o instanceof PyBytes b) return new MemoryView(b, 0, b.value.length, "B");
            if (o instanceof PyByteArray ba) return new MemoryView(ba, 0, ba.size, "B");
            throw Errors.typeError("memoryview: a bytes-like object is required, not '" + o.typeName() + "'");
        });
        getter(t, "obj", s -> mv(s).obj);
        getter(t, "nbytes", s -> PyInt.of(mv(s).length));
        getter(t, "readonly", s -> PyBool.of(mv(s).obj instanceof PyBytes));
        getter(t, "itemsize", s -> PyInt.of(mv(s).itemsize));
        getter(t, "format", s -> PyStr.of(mv(s).format));
        getter(t, "ndim", s -> PyInt.of(1));
        getter(t, "shape", s -> PyTuple.of(PyInt.of(mv(s).count())));
        getter(t, "strides", s -> PyTuple.of(PyInt.of(mv(s).itemsize)));
        getter(t, "contiguous", s -> PyBool.TRUE);
        getter(t, "c_contiguous", s -> PyBool.TRUE);
        getter(t, "f_contiguous", s -> PyBool.TRUE);
        slot0(t, "__len__", s -> {
            mv(s).buffer();
            return PyInt.of(mv(s).count());
        });
        slot0(t, "__repr__", s -> PyStr.of(s.repr()));
        slot1(t, "__getitem__", (s, key) -> {
            MemoryView m = mv(s);
            int n = m.count();
            if (key instanceof PySlice sl) {
                long[] r = Abstract.sliceIndices(sl, n);
                if (r[2] != 1) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview slices with a step are not supported yet");
                int start = (int) r[0], stop = (int) Math.max(r[0], r[1]);
                return new MemoryView(m.obj, m.offset + start * m.itemsize, (stop - start) * m.itemsize, m.format);
            }
            long i = ModuleSupport.asLong(Abstract.index(key));
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
            return m.item((int) i);
        });
        put(t, "__setitem__", (a, kw) -> {
            MemoryView m = mv(a[0]);
            if (m.obj instanceof PyBytes) throw Errors.typeError("cannot modify read-only memory");
            if (!m.format.equals("B")) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview: writing format '" + m.format + "' is not supported yet");
            long i = ModuleSupport.asLong(Abstract.index(a[1]));
            int n = m.count();
            if (i < 0) i += n;
            if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
            long v = ModuleSupport.asLong(Abstract.index(a[2]));
            if (v < 0 || v > 255) throw Errors.valueError("memoryview: invalid value for format 'B'");
            m.buffer()[m.offset + (int) i] = (byte) v;
            return PyNone.NONE;
        });
        put(t, "cast", (a, kw) -> {
            MemoryView m = mv(a[0]);
            if (a.length < 2 || !(a[1] instanceof PyStr f)) throw Errors.typeError("memoryview: format argument must be a string");
            String fmt = f.value().startsWith("@") ? f.value().substring(1) : f.value();
            if (itemsize(fmt) < 0) {
                throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
            }
            if (!m.format.equals("B") && !m.format.equals("b") && !m.format.equals("c") && itemsize(fmt) != 1) {
                throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
            }
            if (m.length % itemsize(fmt) != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
            m.buffer();
            return new MemoryView(m.obj, m.offset, m.length, fmt);
        });
        put(t, "tolist", (a, kw) -> {
            MemoryView m = mv(a[0]);
            List<PyObject> out = new ArrayList<>();
            for (int i = 0; i < m.count(); i++) out.add(m.item(i));
            return new PyList(out);
        });
        put(t, "tobytes", (a, kw) -> new PyBytes(mv(a[0]).toBytes()));
        put(t, "hex", (a, kw) -> {
            StringBuilder sb = new StringBuilder();
            for (byte b : mv(a[0]).toBytes()) sb.append(Character.forDigit(b >> 4 & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            return PyStr.of(sb.toString());
        });
        put(t, "release", (a, kw) -> {
            mv(a[0]).released = true;
            return PyNone.NONE;
        });
        put(t, "toreadonly", (a, kw) -> {
            MemoryView m = mv(a[0]);
            return new MemoryView(new PyBytes(m.toBytes()), 0, m.length, m.format);
        });
        put(t, "__enter__", (a, kw) -> {
            mv(a[0]).buffer();
            return a[0];
        });
        put(t, "__exit__", (a, kw) -> {
            mv(a[0]).released = true;
            return PyNone.NONE;
        });
        slot1(t, "__eq__", (s, o) -> {
            MemoryView m = mv(s);
            if (m.released || o instanceof MemoryView om && om.released) return PyBool.of(s == o);
            byte[] x = bytesOf(s), y = bytesOf(o);
            if (x != null && y != null) return PyBool.of(java.util.Arrays.equals(x, y));
            if (o instanceof MemoryView om) {
                if (om.count() != m.count()) return PyBool.FALSE;
                for (int i = 0; i < m.count(); i++) if (!Abstract.equal(m.item(i), om.item(i))) return PyBool.FALSE;
                return PyBool.TRUE;
            }
            return PyNotImplemented.NOT_IMPLEMENTED;
        });
    }
}
