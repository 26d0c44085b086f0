package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.modules.StringIO.onearg;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * {@code _io.BytesIO}: bytes in memory. The bytes live in a bytearray object, so that
 * {@code getbuffer()} can hand out a memoryview that writes through to them.
 * Not tracked: CPython's count of exported views (its BufferError on resizing while a view
 * is alive needs the release of the view, which pyjama's memoryview does not report).
 */
// CPython: Modules/_io/bytesio.c
public final class BytesIO extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io.BytesIO", IoBase.BUFFERED);

    /** The bytes: {@code data.buf[0..size)} is the value ({@code data.size} is kept equal); null once closed. */
    private PyByteArray data = new PyByteArray(new byte[0]);
    private int pos;

    BytesIO(PyType type) {
        super(type);
    }

    /** CPython's dealloc of this type does not finalise (close() would change nothing): no JVM finaliser. */
    @SuppressWarnings({"deprecation", "removal"})
    @Override
    protected void finalize() {}

    private static BytesIO self(PyObject o) {
        return (BytesIO) o;
    }

    private void checkClosed() {
        if (data == null) throw IoBase.closedFile();
    }

    private int size() {
        return data.size;
    }

    // CPython: Modules/_io/bytesio.c write_bytes
    private int write(PyObject b) {
        checkClosed();
        byte[] bytes = Buffers.bytesLike(b);
        int len = bytes.length;
        if (len == 0) return 0;
        long end = (long) pos + len;
        if (end > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "new position too large");
        data.ensureCapacity((int) end);
        if (pos > data.size) Arrays.fill(data.buf, data.size, pos, (byte) 0);
        System.arraycopy(bytes, 0, data.buf, pos, len);
        pos = (int) end;
        if (data.size < pos) data.size = pos;
        return len;
    }

    private PyBytes readBytes(int n) {
        PyBytes r = new PyBytes(Arrays.copyOfRange(data.buf, pos, pos + n));
        pos += n;
        return r;
    }

    // CPython: Modules/_io/bytesio.c scan_eol
    private int scanEol(long len) {
        long maxlen = (long) size() - pos;
        if (len < 0 || len > maxlen) len = maxlen;
        if (len <= 0) return 0;
        int end = pos + (int) len;
        for (int i = pos; i < end; i++) if (data.buf[i] == '\n') return i + 1 - pos;
        return (int) len;
    }

    private PyObject read(long n) {
        checkClosed();
        long avail = (long) size() - pos;
        if (n < 0 || n > avail) n = Math.max(avail, 0);
        return readBytes((int) n);
    }

    static {
        PyType t = TYPE;
        Derived.SELF_DERIVED.put(t, BytesIO.class);
        newMethod(t, (a, kw) -> new BytesIO(TYPE));
        // CPython: Modules/_io/bytesio.c _io_BytesIO___init___impl
        put(t, "__init__", (a, kw) -> {
            PyObject init = Args.parse("BytesIO", a, 1, kw, new String[] {"initial_bytes"}, 0, 1)[0];
            BytesIO s = self(a[0]);
            s.data = new PyByteArray(new byte[0]);
            s.pos = 0;
            if (init != null && init != PyNone.NONE) {
                s.write(init);
                s.pos = 0;
            }
            return PyNone.NONE;
        });
        noargs(t, "getvalue", s -> {
            s.checkClosed();
            return new PyBytes(Arrays.copyOf(s.data.buf, s.size()));
        });
        noargs(t, "getbuffer", s -> {
            s.checkClosed();
            return MemoryView.of(s.data, s.size());
        });
        noargs(t, "tell", s -> {
            s.checkClosed();
            return PyInt.of(s.pos);
        });
        noargs(t, "flush", s -> {
            s.checkClosed();
            return PyNone.NONE;
        });
        noargs(t, "isatty", s -> {
            s.checkClosed();
            return PyBool.FALSE;
        });
        for (String name : new String[] {"readable", "writable", "seekable"}) {
            noargs(t, name, s -> {
                s.checkClosed();
                return PyBool.TRUE;
            });
        }
        noargs(t, "close", s -> {
            s.data = null;
            return PyNone.NONE;
        });
        getter(t, "closed", o -> PyBool.of(self(o).data == null));
        put(t, "read", (a, kw) -> self(a[0]).read(optionalSize(args("read", a, kw, 0, 1)[0])));
        put(t, "read1", (a, kw) -> self(a[0]).read(optionalSize(args("read1", a, kw, 0, 1)[0])));
        put(t, "readline", (a, kw) -> {
            long limit = optionalSize(args("readline", a, kw, 0, 1)[0]);
            BytesIO s = self(a[0]);
            s.checkClosed();
            return s.readBytes(s.scanEol(limit));
        });
        // CPython: Modules/_io/bytesio.c _io_BytesIO_readlines_impl
        put(t, "readlines", (a, kw) -> {
            PyObject arg = args("readlines", a, kw, 0, 1)[0];
            BytesIO s = self(a[0]);
            s.checkClosed();
            long maxsize;
            if (arg instanceof PyInt i) maxsize = ssize(i);
            else if (arg == null || arg == PyNone.NONE) maxsize = -1;
            else throw Errors.typeError("integer argument expected, got '" + arg.typeName() + "'");
            PyList result = new PyList(new ArrayList<>());
            long total = 0;
            for (int n = s.scanEol(-1); n != 0; n = s.scanEol(-1)) {
                result.items.add(s.readBytes(n));
                total += n;
                if (maxsize > 0 && total >= maxsize) break;
            }
            return result;
        });
        // CPython: Modules/_io/bytesio.c _io_BytesIO_readinto_impl
        onearg(t, "readinto", (o, buffer) -> {
            if (!(buffer instanceof PyByteArray || buffer instanceof MemoryView || buffer instanceof ArrayModule.Array)) {
                throw Errors.typeError("readinto() argument must be read-write bytes-like object, not " + buffer.typeName());
            }
            BytesIO s = self(o);
            s.checkClosed();
            long cap = Abstract.len(buffer) * (buffer instanceof ArrayModule.Array arr ? arr.itemSize() : 1);
            int n = (int) Math.max(0, Math.min(cap, (long) s.size() - s.pos));
            byte[] chunk = Arrays.copyOfRange(s.data.buf, s.pos, s.pos + n);
            IoBase.storeInto(buffer, chunk, n);
            s.pos += n;
            return PyInt.of(n);
        });
        // CPython: Modules/_io/bytesio.c _io_BytesIO_truncate_impl
        put(t, "truncate", (a, kw) -> {
            PyObject arg = args("truncate", a, kw, 0, 1)[0];
            BytesIO s = self(a[0]);
            long n = arg == null || arg == PyNone.NONE ? s.pos : optionalSize(arg);
            s.checkClosed();
            if (n < 0) throw Errors.valueError("negative size value " + n);
            if (n < s.size()) s.data.size = (int) n;
            return PyInt.of(n);
        });
        // CPython: Modules/_io/bytesio.c _io_BytesIO_seek_impl
        put(t, "seek", (a, kw) -> {
            PyObject[] p = args("seek", a, kw, 1, 2);
            long where = ssize(p[0]);
            int whence = p[1] == null ? 0 : ModuleSupport.asInt(p[1]);
            BytesIO s = self(a[0]);
            s.checkClosed();
            if (where < 0 && whence == 0) throw Errors.valueError("negative seek value " + where);
            if (whence == 1) where += s.pos;
            else if (whence == 2) where += s.size();
            else if (whence != 0) throw Errors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            if (where < 0) where = 0;
            if (where > Integer.MAX_VALUE - 8) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "new position too large");
            s.pos = (int) where;
            return PyInt.of(where);
        });
        onearg(t, "write", (o, b) -> PyInt.of(self(o).write(b)));
        onearg(t, "writelines", (o, lines) -> {
            BytesIO s = self(o);
            s.checkClosed();
            PyObject it = Abstract.iter(lines);
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) s.write(line);
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(t, "__iter__", o -> o);
        BuiltinTypes.slot0(t, "__next__", o -> {
            BytesIO s = self(o);
            s.checkClosed();
            int n = s.scanEol(-1);
            if (n == 0) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return s.readBytes(n);
        });
        noargs(t, "__getstate__", s -> {
            s.checkClosed();
            PyDict d = s.dict();
            return PyTuple.of(new PyBytes(Arrays.copyOf(s.data.buf, s.size())), PyInt.of(s.pos),
                    d == null || d.size() == 0 ? PyNone.NONE : copyDict(d));
        });
        onearg(t, "__setstate__", BytesIO::setState);
    }

    // CPython: Modules/_io/bytesio.c bytesio_setstate
    private static PyObject setState(PyObject o, PyObject state) {
        BytesIO s = self(o);
        if (!(state instanceof PyTuple st) || st.items.length < 3) {
            throw Errors.typeError(o.type().name() + ".__setstate__ argument should be 3-tuple, got " + state.typeName());
        }
        if (s.data != null) s.data.size = 0;
        s.pos = 0;
        s.write(st.items[0]);
        if (!(st.items[1] instanceof PyInt p)) {
            throw Errors.typeError("second item of state must be an integer, not " + st.items[1].typeName());
        }
        long p0 = ssize(p);
        if (p0 < 0) throw Errors.valueError("position value cannot be negative");
        s.pos = (int) p0;
        PyObject d = st.items[2];
        if (d != PyNone.NONE) {
            if (!(d instanceof PyDict dd)) throw Errors.typeError("third item of state should be a dict, got a " + d.typeName());
            if (s.dict() != null) updateDict(s.dict(), dd);
            else s.setDict(dd);
        }
        return PyNone.NONE;
    }

    interface F0 {
        PyObject call(BytesIO self);
    }

    private static void noargs(PyType t, String name, F0 f) {
        String q = t.qualname + "." + name;
        put(t, name, (a, kw) -> {
            Args.noKw(q, kw);
            if (a.length != 1) throw Errors.typeError(q + "() takes no arguments (" + (a.length - 1) + " given)");
            return f.call(self(a[0]));
        });
    }
}
