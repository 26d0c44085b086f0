package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * {@code _io.BufferedReader}, {@code BufferedWriter} and {@code BufferedRandom}: a raw stream
 * with a read-ahead buffer and a write buffer. The logical position is the raw position less
 * the unread bytes plus the unwritten ones; any operation that moves or truncates first writes
 * the pending bytes and rewinds the raw stream over the read-ahead, as CPython's
 * {@code buffered_flush_and_rewind_unlocked} does. The three classes are siblings under
 * {@code _BufferedIOBase}, as in CPython (a BufferedRandom is not a BufferedReader).
 */
// CPython: Modules/_io/bufferedio.c
public final class Buffered extends IoBase {
    public static final PyType READER = PyType.builtin("_io.BufferedReader", IoBase.BUFFERED);
    public static final PyType WRITER = PyType.builtin("_io.BufferedWriter", IoBase.BUFFERED);
    public static final PyType RANDOM = PyType.builtin("_io.BufferedRandom", IoBase.BUFFERED);

    private PyObject raw;
    private boolean ok, detached, readable, writable;
    private int bufferSize;
    /** Read-ahead: {@code rbuf[rpos..rlen)} not yet returned. */
    private byte[] rbuf = new byte[0];
    private int rpos, rlen;
    private final ByteArrayOutputStream wbuf = new ByteArrayOutputStream();

    Buffered(PyType type) {
        super(type);
    }

    private static Buffered self(PyObject o) {
        return (Buffered) o;
    }

    // CPython: Modules/_io/bufferedio.c CHECK_INITIALIZED
    private Buffered checkInit() {
        if (!ok) {
            if (detached) throw Errors.valueError("raw stream has been detached");
            throw Errors.valueError("I/O operation on uninitialized object");
        }
        return this;
    }

    /** The raw stream when this is an exact BufferedReader/Writer/Random over an exact FileIO (TextIOWrapper's shortcut to "closed"), else null. */
    // CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl (self->raw)
    FileIO plainFileIO() {
        PyType t = type();
        if ((t == READER || t == WRITER || t == RANDOM) && raw instanceof FileIO f && f.type() == FileIO.TYPE) return f;
        return null;
    }

    private boolean rawClosed() {
        return Abstract.isTrue(Abstract.getattr(raw, PyStr.intern("closed")));
    }

    /** CHECK_CLOSED: closed and nothing left to read from the buffer. */
    private void checkClosed(String msg) {
        if (rawClosed() && unread() == 0) throw Errors.valueError(msg);
    }

    /** Bytes written to the buffer and not yet to the raw stream. */
    int unwritten() {
        return wbuf.size();
    }

    private int unread() {
        return rlen - rpos;
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered___init__ family
    private void init(PyObject rawObj, PyObject sizeObj, boolean read, boolean write, String name) {
        ok = false;
        detached = false;
        if (read && write) IoBase.checkSeekable(rawObj);
        if (read) IoBase.checkReadable(rawObj);
        if (write) IoBase.checkWritable(rawObj);
        long size = sizeObj == null ? DEFAULT_BUFFER_SIZE : ssize(sizeObj);
        if (size <= 0) throw Errors.valueError("buffer size must be strictly positive");
        own(raw, rawObj);
        raw = rawObj;
        bufferSize = (int) Math.min(size, Integer.MAX_VALUE - 8);
        readable = read;
        writable = write;
        rbuf = new byte[0];
        rpos = rlen = 0;
        wbuf.reset();
        ok = true;
    }

    private void flushWrites() {
        byte[] pending = wbuf.toByteArray();
        int done = 0;
        try {
            while (done < pending.length) {
                PyObject n = call(raw, "write", new PyBytes(Arrays.copyOfRange(pending, done, pending.length)));
                if (n == PyNone.NONE) {
                    throw new PyException((dev.pyjama.objects.PyBaseException) Abstract.call(ExceptionTypes.BLOCKING_IO_ERROR,
                            PyInt.of(11), PyStr.of("write could not complete without blocking"), PyInt.of(0)));
                }
                long k = Abstract.asSsize(n, ExceptionTypes.VALUE_ERROR);
                if (k < 0 || k > pending.length - done) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "raw write() returned invalid length " + k + " (should have been between 0 and "
                            + (pending.length - done) + ")");
                }
                done += (int) k;
            }
        } finally {
            wbuf.reset();
            if (done < pending.length) wbuf.write(pending, done, pending.length - done);
        }
    }

    /** Writes what is pending and moves the raw stream back over the read-ahead. */
    // CPython: Modules/_io/bufferedio.c buffered_flush_and_rewind_unlocked
    private void flushAndRewind() {
        flushWrites();
        if (readable) {
            int back = unread();
            rbuf = new byte[0];
            rpos = rlen = 0;
            if (back > 0) call(raw, "seek", PyInt.of(-back), PyInt.of(1));
        }
    }

    /** One raw read of {@code n} bytes appended to the read-ahead: its size, 0 at EOF, -1 when it would block. */
    private int fill(int n) {
        PyObject data = call(raw, "read", PyInt.of(n));
        if (data == PyNone.NONE) return -1;
        if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
        if (b.value.length == 0) return 0;
        byte[] merged = new byte[unread() + b.value.length];
        System.arraycopy(rbuf, rpos, merged, 0, unread());
        System.arraycopy(b.value, 0, merged, unread(), b.value.length);
        rbuf = merged;
        rpos = 0;
        rlen = merged.length;
        return b.value.length;
    }

    private PyBytes take(int n) {
        PyBytes r = new PyBytes(Arrays.copyOfRange(rbuf, rpos, rpos + n));
        rpos += n;
        return r;
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_read_impl, _bufferedreader_read_all, _bufferedreader_read_generic
    private PyObject read(long n) {
        checkInit();
        if (n < -1) throw Errors.valueError("read length must be non-negative or -1");
        checkClosed("read of closed file");
        if (writable) flushWrites();
        if (n == -1) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(rbuf, rpos, unread());
            rbuf = new byte[0];
            rpos = rlen = 0;
            PyObject readall = Abstract.lookupAttr(raw, PyStr.intern("readall"));
            if (readall != null) {
                PyObject rest = Abstract.call(readall);
                if (rest == PyNone.NONE) return out.size() == 0 ? rest : new PyBytes(out.toByteArray());
                out.writeBytes(Buffers.bytesLike(rest));
                return new PyBytes(out.toByteArray());
            }
            while (true) {
                PyObject data = call(raw, "read");
                if (data == PyNone.NONE) return out.size() == 0 ? data : new PyBytes(out.toByteArray());
                if (!(data instanceof PyBytes b)) throw Errors.typeError("read() should return bytes");
                if (b.value.length == 0) return new PyBytes(out.toByteArray());
                out.writeBytes(b.value);
            }
        }
        int want = (int) Math.min(n, Integer.MAX_VALUE - 8);
        while (unread() < want) {
            int got = fill(Math.max(want - unread(), bufferSize));
            if (got <= 0) {
                if (got < 0 && unread() == 0) return PyNone.NONE;
                break;
            }
        }
        return take(Math.min(want, unread()));
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_read1_impl
    private PyObject read1(long n) {
        checkInit();
        if (n < 0) n = bufferSize;
        checkClosed("read of closed file");
        if (n == 0) return new PyBytes(new byte[0]);
        if (unread() > 0) return take((int) Math.min(n, unread()));
        if (writable) flushAndRewind();
        rbuf = new byte[0];
        rpos = rlen = 0;
        PyObject data = call(raw, "read", PyInt.of(n));
        if (data == PyNone.NONE) return new PyBytes(new byte[0]);
        return data;
    }

    // CPython: Modules/_io/bufferedio.c _buffered_readline
    private PyBytes readline(long limit) {
        checkClosed("readline of closed file");
        if (writable) flushAndRewind();
        while (true) {
            int end = -1;
            for (int i = rpos; i < rlen; i++) {
                if (rbuf[i] == '\n') {
                    end = i + 1;
                    break;
                }
            }
            if (end >= 0 || limit >= 0 && unread() >= limit) {
                int n = end < 0 ? unread() : end - rpos;
                if (limit >= 0) n = (int) Math.min(n, limit);
                return take(n);
            }
            if (fill(bufferSize) <= 0) return take(unread());
        }
    }

    private PyObject peek() {
        checkInit();
        checkClosed("peek of closed file");
        if (writable) flushAndRewind();
        if (unread() == 0) fill(bufferSize);
        return new PyBytes(Arrays.copyOfRange(rbuf, rpos, rlen));
    }

    // CPython: Modules/_io/bufferedio.c _io_BufferedWriter_write_impl
    private PyObject write(PyObject b) {
        byte[] data = Buffers.bytesLike(b);
        checkInit();
        if (rawClosed()) throw Errors.valueError("write to closed file");
        if (readable && unread() > 0) {
            int back = unread();
            rbuf = new byte[0];
            rpos = rlen = 0;
            call(raw, "seek", PyInt.of(-back), PyInt.of(1));
        }
        wbuf.writeBytes(data);
        if (wbuf.size() > bufferSize) flushWrites();
        return PyInt.of(data.length);
    }

    private PyObject tell() {
        checkInit();
        long pos = Abstract.asSsize(call(raw, "tell"), ExceptionTypes.VALUE_ERROR);
        if (pos < 0) throw Errors.raise(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position " + pos);
        pos = pos - unread() + wbuf.size();
        return PyInt.of(Math.max(pos, 0));
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_seek_impl
    private PyObject seek(PyObject target, int whence) {
        checkInit();
        if (whence < 0 || whence > 2) throw Errors.valueError("whence value " + whence + " unsupported");
        checkClosed("seek of closed file");
        long pos = Abstract.asSsize(target, ExceptionTypes.VALUE_ERROR);
        flushWrites();
        if (whence == 1) pos -= unread();
        rbuf = new byte[0];
        rpos = rlen = 0;
        PyObject r = call(raw, "seek", PyInt.of(pos), PyInt.of(whence));
        long got = Abstract.asSsize(r, ExceptionTypes.VALUE_ERROR);
        if (got < 0) throw Errors.raise(ExceptionTypes.OS_ERROR, "Raw stream returned invalid position " + got);
        return r;
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_close_impl
    @Override
    boolean surelyClosed() {
        FileIO f = plainFileIO();
        return f != null && f.isClosed();
    }

    @Override
    IoBase wrapped() {
        return raw instanceof IoBase r ? r : null;
    }

    // CPython: Modules/_io/bufferedio.c buffered_dealloc_warn
    private void deallocWarn(PyObject source) {
        if (!ok || raw == null) return;
        try {
            call(raw, "_dealloc_warn", source);
        } catch (PyException e) {
            // ignored, as CPython's close does
        }
    }

    // CPython: Modules/_io/bufferedio.c _io__Buffered_close_impl
    private PyObject close() {
        checkInit();
        if (rawClosed()) return PyNone.NONE;
        if (finalizing) deallocWarn(this);
        PyException failure = null;
        try {
            call(this, "flush");
        } catch (PyException e) {
            failure = e;
        }
        try {
            call(raw, "close");
        } catch (PyException e) {
            if (failure != null) e.value().context = failure.value();
            throw e;
        }
        rbuf = new byte[0];
        rpos = rlen = 0;
        if (failure != null) throw failure;
        return PyNone.NONE;
    }

    // CPython: Modules/_io/bufferedio.c buffered_repr
    @Override
    public String repr() {
        PyObject name;
        try {
            name = Abstract.lookupAttr(this, PyStr.intern("name"));
        } catch (PyException e) {
            if (!e.value().type().isSubtype(ExceptionTypes.VALUE_ERROR)) throw e;
            name = null;
        }
        if (name == null) return "<" + type().name() + ">";
        if (!ReprGuard.enter(this)) throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside " + type().name() + ".__repr__");
        try {
            return "<" + type().name() + " name=" + Abstract.repr(name).value() + ">";
        } finally {
            ReprGuard.leave(this);
        }
    }

    static {
        define(READER, "BufferedReader", true, false);
        define(WRITER, "BufferedWriter", false, true);
        define(RANDOM, "BufferedRandom", true, true);
    }

    private static void define(PyType t, String name, boolean read, boolean write) {
        Derived.SELF_DERIVED.put(t, Buffered.class);
        newMethod(t, (a, kw) -> IoFinalizer.track(new Buffered(t)));
        put(t, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse(name, a, 1, kw, new String[] {"raw", "buffer_size"}, 1, 2);
            self(a[0]).init(p[0], p[1], read, write, name);
            return PyNone.NONE;
        });
        BuiltinTypes.slot0(t, "__repr__", o -> PyStr.of(o.repr()));
        put(t, "flush", (a, kw) -> {
            args("flush", a, kw, 0, 0);
            Buffered s = self(a[0]).checkInit();
            if (s.writable) {
                if (s.rawClosed()) throw Errors.valueError("flush of closed file");
                s.flushAndRewind();
            }
            return PyNone.NONE;
        });
        put(t, "close", (a, kw) -> {
            args("close", a, kw, 0, 0);
            return self(a[0]).close();
        });
        put(t, "detach", (a, kw) -> {
            args("detach", a, kw, 0, 0);
            Buffered s = self(a[0]).checkInit();
            call(s, "flush");
            PyObject r = s.raw;
            s.own(r, null);
            s.raw = null;
            s.ok = false;
            s.detached = true;
            return r;
        });
        for (String m : read && write ? new String[] {"seekable", "readable", "writable", "fileno", "isatty"}
                : read ? new String[] {"seekable", "readable", "fileno", "isatty"}
                : new String[] {"seekable", "writable", "fileno", "isatty"}) {
            put(t, m, (a, kw) -> {
                args(m, a, kw, 0, 0);
                return call(self(a[0]).checkInit().raw, m);
            });
        }
        put(t, "tell", (a, kw) -> {
            args("tell", a, kw, 0, 0);
            return self(a[0]).tell();
        });
        put(t, "seek", (a, kw) -> {
            PyObject[] p = args("seek", a, kw, 1, 2);
            return self(a[0]).seek(p[0], p[1] == null ? 0 : ModuleSupport.asInt(p[1]));
        });
        put(t, "truncate", (a, kw) -> {
            PyObject pos = args("truncate", a, kw, 0, 1)[0];
            Buffered s = self(a[0]).checkInit();
            s.checkClosed("truncate of closed file");
            if (!s.writable) throw unsupported("truncate");
            s.flushAndRewind();
            return call(s.raw, "truncate", pos == null ? PyNone.NONE : pos);
        });
        put(t, "_dealloc_warn", (a, kw) -> {
            self(a[0]).deallocWarn(args("_dealloc_warn", a, kw, 1, 1)[0]);
            return PyNone.NONE;
        });
        put(t, "__reduce__", (a, kw) -> { throw Errors.typeError("cannot pickle '" + a[0].type().qualname + "' instances"); });
        put(t, "__reduce_ex__", (a, kw) -> { throw Errors.typeError("cannot pickle '" + a[0].type().qualname + "' instances"); });
        getter(t, "raw", o -> self(o).raw == null ? PyNone.NONE : self(o).raw);
        getter(t, "closed", o -> Abstract.getattr(self(o).checkInit().raw, PyStr.intern("closed")));
        getter(t, "name", o -> Abstract.getattr(self(o).checkInit().raw, PyStr.intern("name")));
        getter(t, "mode", o -> Abstract.getattr(self(o).checkInit().raw, PyStr.intern("mode")));
        getter(t, "_finalizing", o -> PyBool.of(self(o).finalizing));
        if (read) readMethods(t);
        if (write) StringIO.onearg(t, "write", (o, b) -> self(o).write(b));
    }

    private static void readMethods(PyType t) {
        put(t, "read", (a, kw) -> self(a[0]).read(optionalSize(args("read", a, kw, 0, 1)[0])));
        put(t, "read1", (a, kw) -> self(a[0]).read1(optionalSize(args("read1", a, kw, 0, 1)[0])));
        put(t, "peek", (a, kw) -> {
            args("peek", a, kw, 0, 1);
            return self(a[0]).peek();
        });
        put(t, "readline", (a, kw) -> {
            long limit = optionalSize(args("readline", a, kw, 0, 1)[0]);
            return self(a[0]).checkInit().readline(limit);
        });
        put(t, "readinto", (a, kw) -> readinto(a[0], args("readinto", a, kw, 1, 1)[0], "read", "readinto"));
        put(t, "readinto1", (a, kw) -> readinto(a[0], args("readinto1", a, kw, 1, 1)[0], "read1", "readinto1"));
        BuiltinTypes.slot0(t, "__next__", o -> {
            PyBytes line = self(o).checkInit().readline(-1);
            if (line.value.length == 0) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return line;
        });
    }

    /** {@code _io.BufferedRWPair}: a reader and a writer over two raw streams. */
    // CPython: Modules/_io/bufferedio.c rwpair
    static final PyType RWPAIR = PyType.builtin("_io.BufferedRWPair", IoBase.BUFFERED);

    static final class RWPair extends IoBase {
        PyObject reader, writer;

        RWPair(PyType t) {
            super(t);
        }

        /** CPython's rwpair_dealloc does not finalise (its reader and writer do): no JVM finaliser. */
        @SuppressWarnings({"deprecation", "removal"})
        @Override
        protected void finalize() {}
    }

    private static RWPair pair(PyObject o) {
        RWPair p = (RWPair) o;
        if (p.reader == null || p.writer == null) throw Errors.valueError("I/O operation on uninitialized object");
        return p;
    }

    static {
        PyType t = RWPAIR;
        Derived.SELF_DERIVED.put(t, RWPair.class);
        newMethod(t, (a, kw) -> new RWPair(RWPAIR));
        put(t, "__init__", (a, kw) -> {
            Args.noKw("BufferedRWPair", kw);
            Args.checkPositional("BufferedRWPair", a.length - 1, 2, 3);
            IoBase.checkReadable(a[1]);
            IoBase.checkWritable(a[2]);
            PyObject size = a.length > 3 ? a[3] : PyInt.of(DEFAULT_BUFFER_SIZE);
            RWPair p = (RWPair) a[0];
            p.reader = Abstract.call(READER, a[1], size);
            p.writer = Abstract.call(WRITER, a[2], size);
            return PyNone.NONE;
        });
        for (String m : new String[] {"read", "peek", "read1", "readinto", "readinto1"}) {
            put(t, m, (a, kw) -> Abstract.call(Abstract.getattr(pair(a[0]).reader, PyStr.intern(m)), Arrays.copyOfRange(a, 1, a.length), kw));
        }
        for (String m : new String[] {"write", "flush"}) {
            put(t, m, (a, kw) -> Abstract.call(Abstract.getattr(pair(a[0]).writer, PyStr.intern(m)), Arrays.copyOfRange(a, 1, a.length), kw));
        }
        put(t, "readable", (a, kw) -> call(pair(a[0]).reader, "readable"));
        put(t, "writable", (a, kw) -> call(pair(a[0]).writer, "writable"));
        put(t, "isatty", (a, kw) -> {
            PyObject r = call(pair(a[0]).writer, "isatty");
            return Abstract.isTrue(r) ? r : call(pair(a[0]).reader, "isatty");
        });
        put(t, "close", (a, kw) -> {
            RWPair p = pair(a[0]);
            PyException failure = null;
            try {
                call(p.writer, "close");
            } catch (PyException e) {
                failure = e;
            }
            try {
                call(p.reader, "close");
            } catch (PyException e) {
                if (failure != null) e.value().context = failure.value();
                throw e;
            }
            if (failure != null) throw failure;
            return PyNone.NONE;
        });
        getter(t, "closed", o -> Abstract.getattr(pair(o).writer, PyStr.intern("closed")));
    }
}
