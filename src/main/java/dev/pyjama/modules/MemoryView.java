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
import java.util.ArrayList;
import java.util.List;

/**
 * {@code memoryview}, one-dimensional, over a {@code bytes}, {@code bytearray} or
 * {@code array.array} (a view of a mutable object sees its changes and writes through): items by
 * index, slices with any step (strided views), item and slice assignment in every native
 * single-character format (B b c ? h H i I l L q Q n N P e f d), {@code cast} to those formats,
 * {@code tolist}, {@code tobytes}, {@code hex}, {@code toreadonly}, hashing of read-only byte
 * views, {@code release} and the context manager, equality by items. Multi-dimensional shapes
 * are not there: {@code cast} with a shape of more than one dimension raises NotImplementedError.
 * Unlike CPython, an exporter does not count its views, so a bytearray can still be resized
 * while a view is alive; a view that then reaches past the end raises BufferError.
 */
// CPython: Objects/memoryobject.c
public final class MemoryView extends PyObject {
    private final PyObject obj;
    private final int start; // byte offset of item 0 in the exporter
    private final int count; // items
    private final int stride; // bytes from one item to the next (negative for a reversed view)
    private final String format; // as given ("@h" stays so); code is its character
    private final String code;
    private final int itemsize;
    private final boolean readonly;
    private boolean released;
    private PyObject hash; // kept after release, as CPython's

    private MemoryView(PyObject obj, int start, int count, int stride, String format, boolean readonly) {
        this.obj = obj;
        this.start = start;
        this.count = count;
        this.stride = stride;
        this.format = format;
        this.code = MemoryItems.native1(format);
        this.itemsize = MemoryItems.size(format);
        this.readonly = readonly;
    }

    /** A view of the whole of {@code o}, or null if it exports no buffer. */
    private static MemoryView over(PyObject o) {
        if (o instanceof MemoryView m) {
            m.check();
            return new MemoryView(m.obj, m.start, m.count, m.stride, m.format, m.readonly);
        }
        if (o instanceof PyBytes b) return new MemoryView(b, 0, b.value.length, 1, "B", true);
        if (o instanceof PyByteArray ba) return new MemoryView(ba, 0, ba.size, 1, "B", false);
        if (o instanceof ArrayModule.Array a) {
            String f = a.code == 'u' ? "w" : String.valueOf(a.code);
            int size = a.itemSize();
            return new MemoryView(a, 0, a.items.size(), size, f, false);
        }
        return null;
    }

    @Override
    public PyType type() {
        return BuiltinsExtras.TYPE;
    }

    @Override
    public String repr() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    private void check() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
    }

    /** The exporter's bytes now (a copy for an array: see {@link #store}). */
    private byte[] buffer() {
        check();
        byte[] b;
        int size;
        if (obj instanceof PyBytes bs) {
            b = bs.value;
            size = b.length;
        } else if (obj instanceof PyByteArray ba) {
            b = ba.buf;
            size = ba.size;
        } else {
            b = ((ArrayModule.Array) obj).toBytes();
            size = b.length;
        }
        if (count > 0) {
            long first = start, last = start + (long) (count - 1) * stride;
            if (Math.min(first, last) < 0 || Math.max(first, last) + itemsize > size) {
                throw Errors.raise(dev.pyjama.objects.ExceptionTypes.BUFFER_ERROR, "memoryview: the underlying object was resized");
            }
        }
        return b;
    }

    /** Makes the writes into {@code b} (from {@link #buffer}) the exporter's. */
    private void store(byte[] b) {
        if (obj instanceof ArrayModule.Array a) a.writeBytes(0, b);
    }

    private void writable() {
        check();
        if (readonly) throw Errors.typeError("cannot modify read-only memory");
    }

    private PyObject item(byte[] b, int i) {
        return MemoryItems.unpack(code, b, start + i * stride);
    }

    /** The viewed bytes in item order, copied (what {@code tobytes()} returns). */
    byte[] toBytes() {
        byte[] b = buffer();
        byte[] out = new byte[count * itemsize];
        if (stride == itemsize) {
            System.arraycopy(b, start, out, 0, out.length);
        } else {
            for (int i = 0; i < count; i++) System.arraycopy(b, start + i * stride, out, i * itemsize, itemsize);
        }
        return out;
    }

    /** A writable view of the first {@code length} bytes of a bytearray ({@code BytesIO.getbuffer}). */
    static MemoryView of(PyByteArray ba, int length) {
        return new MemoryView(ba, 0, length, 1, "B", false);
    }

    private static MemoryView mv(PyObject o) {
        return (MemoryView) o;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || key.type().lookup("__index__") != null;
    }

    /**
     * The index a key names in a one-dimensional view: an index, or a tuple of one index; a
     * tuple of slices is NotImplementedError ({@code slices}), anything else TypeError.
     */
    // CPython: Objects/memoryobject.c memory_subscript, memory_ass_sub (is_multiindex, is_multislice, ptr_from_tuple)
    private static PyObject oneIndex(PyObject key, String slices) {
        if (isIndex(key)) return key;
        if (key instanceof PyTuple t && t.items.length > 0) {
            boolean allIndex = true, allSlice = true;
            for (PyObject k : t.items) {
                allIndex &= isIndex(k);
                allSlice &= k instanceof PySlice;
            }
            if (allIndex) {
                if (t.items.length > 1) throw Errors.typeError("cannot index 1-dimension view with " + t.items.length + "-element tuple");
                return t.items[0];
            }
            if (allSlice) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.NOT_IMPLEMENTED_ERROR, slices);
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    // CPython: Objects/memoryobject.c ptr_from_index
    private int indexOf(PyObject key) {
        long i = Abstract.asSsize(key, dev.pyjama.objects.ExceptionTypes.INDEX_ERROR);
        if (i < 0) i += count;
        if (i < 0 || i >= count) throw Errors.indexError("index out of bounds on dimension 1");
        return (int) i;
    }

    // CPython: Objects/memoryobject.c init_slice
    private MemoryView slice(PySlice sl) {
        long[] r = Abstract.sliceIndices(sl, count);
        return new MemoryView(obj, start + (int) r[0] * stride, (int) r[3], stride * (int) r[2], format, readonly);
    }

    private static PyObject tolist(MemoryView m) {
        byte[] b = m.buffer();
        List<PyObject> out = new ArrayList<>(m.count);
        for (int i = 0; i < m.count; i++) out.add(m.item(b, i));
        return new PyList(out);
    }

    // CPython: Objects/memoryobject.c memory_ass_sub, copy_single
    private static PyObject setitem(MemoryView m, PyObject key, PyObject value) {
        m.writable();
        if (!(key instanceof PySlice)) key = oneIndex(key, "memoryview slice assignments are currently restricted to ndim = 1");
        if (isIndex(key)) {
            int i = m.indexOf(key);
            byte[] b = m.buffer();
            MemoryItems.pack(m.code, b, m.start + i * m.stride, value);
            m.store(b);
            return PyNone.NONE;
        }
        if (!(key instanceof PySlice sl)) throw Errors.typeError("memoryview: invalid slice key");
        MemoryView src = over(value);
        if (src == null) throw Errors.typeError("a bytes-like object is required, not '" + value.typeName() + "'");
        MemoryView dest = m.slice(sl);
        if (!dest.code.equals(src.code) || dest.itemsize != src.itemsize || dest.count != src.count) {
            throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
        }
        byte[] from = src.toBytes(); // a copy first: the two views may overlap
        byte[] b = dest.buffer();
        for (int i = 0; i < dest.count; i++) System.arraycopy(from, i * dest.itemsize, b, dest.start + i * dest.stride, dest.itemsize);
        dest.store(b);
        return PyNone.NONE;
    }

    // CPython: Objects/memoryobject.c memory_richcompare
    private static PyObject equal(MemoryView m, PyObject o) {
        if (m.released || o instanceof MemoryView om && om.released) return PyBool.of(m == o);
        MemoryView w = over(o);
        if (w == null) return PyNotImplemented.NOT_IMPLEMENTED;
        if (w.count != m.count) return PyBool.FALSE;
        byte[] x = m.buffer(), y = w.buffer();
        for (int i = 0; i < m.count; i++) {
            PyObject a = m.item(x, i), b = w.item(y, i);
            // items are compared as values (no identity shortcut: a NaN is unequal to itself)
            if (!Abstract.isTrue(Abstract.richCompare(a, b, Abstract.EQ))) return PyBool.FALSE;
        }
        return PyBool.TRUE;
    }

    // CPython: Objects/memoryobject.c memory_cast (one dimension)
    private static PyObject cast(PyObject[] a, PyTuple kw) {
        PyObject[] p = dev.pyjama.interp.Args.parse("cast", a, 1, kw, new String[] {"format", "shape"}, 1, 2);
        MemoryView m = mv(a[0]);
        m.check();
        if (!(p[0] instanceof PyStr f)) throw Errors.typeError("memoryview: format argument must be a string");
        if (m.stride != m.itemsize && m.count > 1) throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        String fmt = f.value();
        int size = MemoryItems.size(fmt);
        if (size < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        if (!MemoryItems.isByteFormat(m.code) && !MemoryItems.isByteFormat(MemoryItems.native1(fmt))) {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int nbytes = m.count * m.itemsize;
        if (p[1] != null) {
            PyObject[] shape = Abstract.toList(p[1]).toArray(new PyObject[0]);
            if (shape.length != 1) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.NOT_IMPLEMENTED_ERROR, "memoryview: pyjama's views have one dimension");
            if (Abstract.asSsize(shape[0], null) * size != nbytes) {
                throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        if (nbytes % size != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new MemoryView(m.obj, m.start, nbytes / size, size, fmt, m.readonly);
    }

    static void install() {
        PyType t = BuiltinsExtras.TYPE;
        t.disallowInstantiation = false;
        newMethod(t, (a, kw) -> {
            PyObject[] p = dev.pyjama.interp.Args.parse("memoryview", a, 1, kw, new String[] {"object"}, 1, 1);
            MemoryView m = over(p[0]);
            if (m == null) throw Errors.typeError("memoryview: a bytes-like object is required, not '" + p[0].typeName() + "'");
            return m;
        });
        getter(t, "obj", s -> { mv(s).check(); return mv(s).obj; });
        getter(t, "nbytes", s -> { mv(s).check(); return PyInt.of((long) mv(s).count * mv(s).itemsize); });
        getter(t, "readonly", s -> { mv(s).check(); return PyBool.of(mv(s).readonly); });
        getter(t, "itemsize", s -> { mv(s).check(); return PyInt.of(mv(s).itemsize); });
        getter(t, "format", s -> { mv(s).check(); return PyStr.of(mv(s).format); });
        getter(t, "ndim", s -> { mv(s).check(); return PyInt.of(1); });
        getter(t, "shape", s -> { mv(s).check(); return PyTuple.of(PyInt.of(mv(s).count)); });
        getter(t, "strides", s -> { mv(s).check(); return PyTuple.of(PyInt.of(mv(s).stride)); });
        getter(t, "suboffsets", s -> { mv(s).check(); return PyTuple.EMPTY; });
        getter(t, "contiguous", s -> contiguous(mv(s)));
        getter(t, "c_contiguous", s -> contiguous(mv(s)));
        getter(t, "f_contiguous", s -> contiguous(mv(s)));
        slot0(t, "__len__", s -> {
            mv(s).check();
            return PyInt.of(mv(s).count);
        });
        slot0(t, "__repr__", s -> PyStr.of(s.repr()));
        slot0(t, "__hash__", s -> {
            // CPython: Objects/memoryobject.c memory_hash
            MemoryView m = mv(s);
            if (m.hash != null) return m.hash;
            m.check();
            if (!m.readonly) throw Errors.valueError("cannot hash writable memoryview object");
            if (!MemoryItems.isByteFormat(m.code)) throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            Abstract.hash(m.obj);
            return m.hash = PyInt.of(Abstract.hash(new PyBytes(m.toBytes())));
        });
        put(t, "__reduce_ex__", (a, kw) -> {
            throw Errors.typeError("cannot pickle 'memoryview' object");
        });
        slot1(t, "__getitem__", (s, key) -> {
            MemoryView m = mv(s);
            m.check();
            if (key instanceof PySlice sl) return m.slice(sl);
            key = oneIndex(key, "multi-dimensional slicing is not implemented");
            int i = m.indexOf(key);
            return m.item(m.buffer(), i);
        });
        put(t, "__setitem__", (a, kw) -> setitem(mv(a[0]), a[1], a[2]));
        put(t, "__delitem__", (a, kw) -> {
            mv(a[0]).writable();
            throw Errors.typeError("cannot delete memory");
        });
        put(t, "cast", MemoryView::cast);
        put(t, "tolist", (a, kw) -> tolist(mv(a[0])));
        put(t, "tobytes", (a, kw) -> {
            PyObject[] p = dev.pyjama.interp.Args.parse("tobytes", a, 1, kw, new String[] {"order"}, 0, 1);
            if (p[0] != null && p[0] != PyNone.NONE) {
                String o = p[0] instanceof PyStr os ? os.value() : "";
                if (!(o.equals("C") || o.equals("F") || o.equals("A"))) throw Errors.valueError("order must be 'C', 'F' or 'A'");
            }
            return new PyBytes(mv(a[0]).toBytes());
        });
        put(t, "hex", (a, kw) -> {
            PyObject[] args = a.clone();
            args[0] = new PyBytes(mv(a[0]).toBytes());
            return Abstract.call(PyBytes.TYPE.lookup("hex"), args, kw);
        });
        put(t, "release", (a, kw) -> {
            mv(a[0]).released = true;
            return PyNone.NONE;
        });
        put(t, "toreadonly", (a, kw) -> {
            MemoryView m = mv(a[0]);
            m.check();
            return new MemoryView(m.obj, m.start, m.count, m.stride, m.format, true);
        });
        put(t, "__enter__", (a, kw) -> {
            mv(a[0]).check();
            return a[0];
        });
        put(t, "__exit__", (a, kw) -> {
            mv(a[0]).released = true;
            return PyNone.NONE;
        });
        slot1(t, "__eq__", (s, o) -> equal(mv(s), o));
    }

    private static PyObject contiguous(MemoryView m) {
        m.check();
        return PyBool.of(m.stride == m.itemsize || m.count <= 1);
    }
}
