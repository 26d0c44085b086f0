package dev.pyjama.interp;

import static dev.pyjama.interp.BuiltinTypes.*;
import static dev.pyjama.interp.BytesMethods.byteValue;
import static dev.pyjama.interp.BytesOps.buffer;

import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyComplex;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyIter;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PySlice;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.Arrays;

/** bytearray's own methods: construction, the sequence protocol with assignment, and the mutators. */
// CPython: Objects/bytearrayobject.c
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    private static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    static void install() {
        PyType t = PyByteArray.TYPE;
        newMethod(t, (args, kw) -> new PyByteArray(new byte[0]));
        put(t, "__init__", (args, kw) -> {
            PyObject[] a = Args.parse("bytearray", args, 1, kw, new String[] {"source", "encoding", "errors"}, 0, 3);
            ba(args[0]).set(BytesMethods.fromSource("bytearray", a[0], a[1], a[2]));
            return PyNone.NONE;
        });
        slot0(t, "__repr__", self -> PyStr.of(self.repr()));
        slot0(t, "__str__", self -> PyStr.of(self.repr()));
        t.dict.put("__hash__", PyNone.NONE);
        slot0(t, "__len__", self -> PyInt.of(ba(self).size));
        slot1(t, "__getitem__", ByteArrayMethods::getitem);
        slot2(t, "__setitem__", (self, k, v) -> {
            setitem(ba(self), k, v);
            return PyNone.NONE;
        });
        slot1(t, "__delitem__", (self, k) -> {
            setitem(ba(self), k, null);
            return PyNone.NONE;
        });
        // CPython: Objects/bytes_methods.c _Py_bytes_contains
        slot1(t, "__contains__", (self, x) -> {
            byte[] sub = isIndex(x) ? new byte[] {byteValue(x)} : BytesOps.need(x);
            return bool(BytesOps.indexOf(ba(self).buf, sub, 0, ba(self).size) >= 0);
        });
        slot0(t, "__iter__", self -> new PyIter(PyByteArray.ITERATOR) {
            private int i;

            @Override
            public PyObject next() {
                PyByteArray b = ba(self);
                return i < b.size ? PyInt.of(b.buf[i++] & 0xff) : null;
            }
        });
        for (int op = 0; op < 6; op++) {
            int o = op;
            // CPython: Objects/bytearrayobject.c bytearray_richcompare (anything with the buffer protocol)
            slot1(t, Abstract.CMP_DUNDER[op], (self, other) -> {
                byte[] y = buffer(other);
                return y == null ? ni() : bool(NativeOps.cmpResult(o, Arrays.compareUnsigned(ba(self).toBytes(), y)));
            });
        }
        slot1(t, "__add__", (self, o) -> {
            byte[] y = buffer(o);
            return y == null ? ni() : new PyByteArray(BytesMethods.concat(ba(self).toBytes(), y));
        });
        slot1(t, "__iadd__", (self, o) -> {
            byte[] y = buffer(o);
            if (y == null) throw Errors.typeError("can't concat " + o.typeName() + " to " + self.typeName());
            ba(self).append(y);
            return self;
        });
        slot1(t, "__mul__", (self, n) -> isIndex(n) ? new PyByteArray(repeat(ba(self).toBytes(), Abstract.index(n))) : ni());
        slot1(t, "__rmul__", (self, n) -> isIndex(n) ? new PyByteArray(repeat(ba(self).toBytes(), Abstract.index(n))) : ni());
        slot1(t, "__imul__", (self, n) -> {
            if (!isIndex(n)) return ni();
            ba(self).set(repeat(ba(self).toBytes(), Abstract.index(n)));
            return self;
        });
        noargs(t, "__alloc__", self -> PyInt.of(ba(self).buf.length + 1L));
        noargs(t, "__reduce__", ByteArrayMethods::reduce);
        positional(t, "__reduce_ex__", 0, 1, (self, a) -> reduce(self));
        noargs(t, "__sizeof__", self -> PyInt.of(56L + ba(self).buf.length));
        // the mutators
        onearg(t, "append", (self, v) -> {
            ba(self).append(byteValue(v));
            return PyNone.NONE;
        });
        onearg(t, "extend", (self, it) -> {
            extend(ba(self), it);
            return PyNone.NONE;
        });
        positional(t, "insert", 2, 2, (self, a) -> {
            PyByteArray b = ba(self);
            long i = Abstract.asSsize(a[0], ExceptionTypes.OVERFLOW_ERROR);
            byte v = byteValue(a[1]);
            if (i < 0) i = Math.max(0, i + b.size);
            if (i > b.size) i = b.size;
            b.replace((int) i, (int) i, new byte[] {v});
            return PyNone.NONE;
        });
        positional(t, "pop", 0, 1, (self, a) -> {
            PyByteArray b = ba(self);
            long i = a[0] == null ? -1 : Abstract.asSsize(a[0], ExceptionTypes.OVERFLOW_ERROR);
            if (b.size == 0) throw Errors.indexError("pop from empty bytearray");
            if (i < 0) i += b.size;
            if (i < 0 || i >= b.size) throw Errors.indexError("pop index out of range");
            int v = b.buf[(int) i] & 0xff;
            b.replace((int) i, (int) i + 1, new byte[0]);
            return PyInt.of(v);
        });
        onearg(t, "remove", (self, v) -> {
            PyByteArray b = ba(self);
            byte x = byteValue(v);
            for (int i = 0; i < b.size; i++) {
                if (b.buf[i] == x) {
                    b.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        noargs(t, "reverse", self -> {
            PyByteArray b = ba(self);
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.buf[i];
                b.buf[i] = b.buf[j];
                b.buf[j] = x;
            }
            return PyNone.NONE;
        });
        noargs(t, "clear", self -> {
            ba(self).set(new byte[0]);
            return PyNone.NONE;
        });
        noargs(t, "copy", self -> new PyByteArray(ba(self).toBytes()));
    }

    private static boolean isIndex(PyObject n) {
        return n instanceof PyInt || n instanceof PyBool || n.type().lookup("__index__") != null;
    }

    static byte[] repeat(byte[] b, PyObject count) {
        long n = Abstract.asSsize(count, ExceptionTypes.OVERFLOW_ERROR);
        if (n <= 0 || b.length == 0) return new byte[0];
        if (b.length * n > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.MEMORY_ERROR, null);
        byte[] out = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) System.arraycopy(b, 0, out, i * b.length, b.length);
        return out;
    }

    // CPython: Objects/bytearrayobject.c _common_reduce
    private static PyObject reduce(PyObject self) {
        if (ba(self).size == 0) return PyTuple.of(self.type(), PyTuple.EMPTY, PyNone.NONE);
        String latin1 = new String(ba(self).toBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        return PyTuple.of(self.type(), PyTuple.of(PyStr.of(latin1), PyStr.of("latin-1")), PyNone.NONE);
    }

    // CPython: Objects/bytearrayobject.c bytearray_subscript
    private static PyObject getitem(PyObject self, PyObject key) {
        PyByteArray b = ba(self);
        if (key instanceof PySlice s) {
            long[] ix = Abstract.sliceIndices(s, b.size);
            byte[] out = new byte[(int) ix[3]];
            for (int i = 0, j = (int) ix[0]; i < ix[3]; i++, j += (int) ix[2]) out[i] = b.buf[j];
            return new PyByteArray(out);
        }
        return PyInt.of(b.buf[Abstract.seqIndex(key, b.size, "bytearray", "bytearray index out of range")] & 0xff);
    }

    /** {@code b[key] = value}, or {@code del b[key]} when value is null. */
    // CPython: Objects/bytearrayobject.c bytearray_ass_subscript
    static void setitem(PyByteArray b, PyObject key, PyObject value) {
        if (!(key instanceof PySlice s)) {
            int i = Abstract.seqIndex(key, b.size, "bytearray", "bytearray index out of range");
            if (value == null) b.replace(i, i + 1, new byte[0]);
            else b.buf[i] = byteValue(value);
            return;
        }
        byte[] bytes = null;
        if (value != null) {
            bytes = value instanceof PyByteArray && value != b ? ((PyByteArray) value).toBytes() : null;
            if (bytes == null) {
                if (value instanceof PyStr || value instanceof PyInt || value instanceof PyBool || value instanceof PyFloat
                        || value instanceof PyComplex || value.type().lookup("__index__") != null) {
                    throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
                }
                bytes = BytesMethods.fromSource("bytearray", value, null, null);
            }
        }
        long[] ix = Abstract.sliceIndices(s, b.size);
        int start = (int) ix[0], step = (int) ix[2], len = (int) ix[3];
        if (step == 1) {
            b.replace(start, start + len, bytes == null ? new byte[0] : bytes);
            return;
        }
        if (bytes == null) {
            // delete an extended slice: keep the bytes it does not select
            boolean[] drop = new boolean[b.size];
            for (int k = 0, j = start; k < len; k++, j += step) drop[j] = true;
            byte[] out = new byte[b.size - len];
            for (int i = 0, o = 0; i < b.size; i++) if (!drop[i]) out[o++] = b.buf[i];
            b.set(out);
            return;
        }
        if (bytes.length != len) {
            throw Errors.valueError("attempt to assign bytes of size " + bytes.length + " to extended slice of size " + len);
        }
        for (int k = 0, j = start; k < len; k++, j += step) b.buf[j] = bytes[k];
    }

    // CPython: Objects/bytearrayobject.c bytearray_extend
    static void extend(PyByteArray b, PyObject it) {
        byte[] y = buffer(it);
        if (y != null) {
            b.append(y);
            return;
        }
        if (it instanceof PyStr) throw Errors.typeError("expected iterable of integers; got: 'str'");
        if (it.type().lookup("__iter__") == null && it.type().lookup("__getitem__") == null) {
            throw Errors.typeError("can't extend bytearray with " + it.typeName());
        }
        PyObject iter = Abstract.iter(it);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject v = Abstract.next(iter); v != null; v = Abstract.next(iter)) out.write(byteValue(v));
        b.append(out.toByteArray());
    }
}
