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
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;

/**
 * The abstract classes of {@code _io}: {@code _IOBase}, {@code _RawIOBase},
 * {@code _BufferedIOBase}, {@code _TextIOBase}, whose methods are built-in (method
 * descriptors, so a profiler sees {@code c_call} events for them, as in CPython). Every
 * instance of a class derived from them, in Java or in Python, is an {@link IoBase} object
 * with a {@code __dict__}. The closed state of the base class is CPython's: the attribute
 * {@code __IOBase_closed} in the instance's dict.
 */
// CPython: Modules/_io/iobase.c, bufferedio.c (_BufferedIOBase), textio.c (_TextIOBase)
public class IoBase extends PyObject implements Derived {
    public static final PyType IOBASE = PyType.builtin("_io._IOBase", null);
    public static final PyType RAW = PyType.builtin("_io._RawIOBase", IOBASE);
    public static final PyType BUFFERED = PyType.builtin("_io._BufferedIOBase", IOBASE);
    public static final PyType TEXT = PyType.builtin("_io._TextIOBase", IOBASE);
    static final int DEFAULT_BUFFER_SIZE = 8192;

    private static final PyStr CLOSED_FLAG = PyStr.intern("__IOBase_closed");
    private static final PyStr CLOSED = PyStr.intern("closed");

    private PyType type;
    private PyDict dict = new PyDict();

    /** Set for the io objects Python code made (see {@link IoFinalizer}); null for the interpreter's own streams. */
    IoFinalizer.Tracked tracker;
    /** The object wrapping this one (a raw stream's buffered object, a buffer's TextIOWrapper): its finalisation closes this one. */
    IoBase owner;
    /** Closing as part of finalisation: close() asks the raw stream for its ResourceWarning. */
    boolean finalizing;

    IoBase(PyType type) {
        this.type = type;
    }

    /**
     * The JVM found this object unreachable: {@link IoFinalizer} has its interpreter close it.
     * Finalisation is deprecated but working on JDK 17-25, and the only way to keep the object
     * for its close() (a Cleaner must not reach it); the subclasses CPython does not finalise
     * override this with an empty method, which spares them the JVM's registration.
     */
    @SuppressWarnings({"deprecation", "removal", "checkstyle:NoFinalizer"})
    @Override
    protected void finalize() {
        IoFinalizer.abandoned(this);
    }

    /** Whether close() would surely do nothing (read on the finaliser thread: exact types only). */
    boolean surelyClosed() {
        return false;
    }

    /** The stream this one wraps, when it is an io object, else null. */
    IoBase wrapped() {
        return null;
    }

    /** Makes this object the owner of the stream it now wraps, and no longer of {@code old}. */
    void own(PyObject old, PyObject now) {
        if (old instanceof IoBase o && o.owner == this) o.owner = null;
        if (now instanceof IoBase n && n != this) n.owner = this;
    }

    @Override public PyType type() { return type; }
    @Override public PyDict dict() { return dict; }
    @Override public void setDict(PyDict d) { dict = d; }
    @Override public void setType(PyType t) { type = t; }

    @Override
    public String repr() {
        PyObject m = Abstract.lookupAttr(type, PyStr.intern("__module__"));
        String prefix = m instanceof PyStr s && !s.value().equals("builtins") ? s.value() + "." : "";
        return "<" + prefix + type.qualname + " object at 0x" + dev.pyjama.objects.PyHash.addressHex(this) + ">";
    }

    static PyDict copyDict(PyDict d) {
        PyDict c = new PyDict();
        updateDict(c, d);
        return c;
    }

    static void updateDict(PyDict to, PyDict from) {
        for (var it = from.entries(); it.hasNext(); ) {
            var e = it.next();
            to.put(e.getKey(), e.getValue());
        }
    }

    /**
     * The module's UnsupportedOperation class: a heap class, as in CPython, made once and
     * shared by the interpreters of the JVM, as the built-in types are.
     */
    static PyType unsupportedOperation;

    static synchronized PyType unsupportedOperation() {
        if (unsupportedOperation != null) return unsupportedOperation;
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("io"));
        unsupportedOperation = dev.pyjama.interp.Types.newType(PyType.TYPE, "UnsupportedOperation",
                PyTuple.of(ExceptionTypes.OS_ERROR, ExceptionTypes.VALUE_ERROR), ns);
        return unsupportedOperation;
    }

    // CPython: Modules/_io/iobase.c iobase_unsupported
    static PyException unsupported(String message) {
        return new PyException((dev.pyjama.objects.PyBaseException) Abstract.call(unsupportedOperation(), PyStr.of(message)));
    }

    static PyException closedFile() {
        return Errors.valueError("I/O operation on closed file.");
    }

    /** {@code self.name(args...)}. */
    static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.call(Abstract.getattr(self, PyStr.intern(name)), args);
    }

    /** The base class's own closed state (not the {@code closed} attribute a subclass may redefine). */
    // CPython: Modules/_io/iobase.c iobase_is_closed
    static boolean isClosedFlag(PyObject self) {
        return Abstract.lookupAttr(self, CLOSED_FLAG) != null;
    }

    /** ValueError when {@code self.closed} is true. */
    // CPython: Modules/_io/iobase.c iobase_check_closed
    static void checkClosed(PyObject self) {
        PyObject c = Abstract.lookupAttr(self, CLOSED);
        if (c != null && Abstract.isTrue(c)) throw closedFile();
    }

    /** A {@code Py_ssize_t(accept={int, NoneType})} argument: None and absent mean -1. */
    // CPython: Modules/_io/_iomodule.c _Py_convert_optional_to_ssize_t
    static long optionalSize(PyObject o) {
        if (o == null || o == PyNone.NONE) return -1;
        if (!(o instanceof PyInt) && !(o instanceof PyBool) && o.type().lookup("__index__") == null) {
            throw Errors.typeError("argument should be integer or None, not '" + o.typeName() + "'");
        }
        return Abstract.asSsize(o, ExceptionTypes.OVERFLOW_ERROR);
    }

    /** A {@code Py_ssize_t} argument. */
    static long ssize(PyObject o) {
        PyInt i = (PyInt) Abstract.index(o);
        if (!i.fitsLong()) throw Errors.raise(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return i.longValue();
    }

    /** The positional arguments of a method after self, checked as clinic does ("read expected at most 1 argument, got 2"). */
    static PyObject[] args(String name, PyObject[] a, PyTuple kw, int min, int max) {
        Args.noKw(name, kw);
        Args.checkPositional(name, a.length - 1, min, max);
        PyObject[] out = new PyObject[max];
        System.arraycopy(a, 1, out, 0, a.length - 1);
        return out;
    }

    static {
        for (PyType t : new PyType[] {IOBASE, RAW, BUFFERED, TEXT}) {
            Derived.SELF_DERIVED.put(t, IoBase.class);
            newMethod(t, (a, kw) -> IoFinalizer.track(new IoBase(t)));
        }
        IOBASE.dict.put("__dict__", BuiltinTypes.instanceDictDescriptor(IOBASE));
        // object.__repr__ would not name the module of a built-in type: "<_io.StringIO object at ...>"
        BuiltinTypes.slot0(IOBASE, "__repr__", o -> PyStr.of(o.repr()));
        ioBaseMethods(IOBASE);
        rawMethods(RAW);
        bufferedMethods(BUFFERED);
        textMethods(TEXT);
    }

    private static void ioBaseMethods(PyType t) {
        put(t, "seek", (a, kw) -> { throw unsupported("seek"); });
        put(t, "tell", (a, kw) -> {
            args("tell", a, kw, 0, 0);
            return call(a[0], "seek", PyInt.of(0), PyInt.of(1));
        });
        put(t, "truncate", (a, kw) -> { throw unsupported("truncate"); });
        // CPython: Modules/_io/iobase.c _io__IOBase_flush_impl
        put(t, "flush", (a, kw) -> {
            args("flush", a, kw, 0, 0);
            if (isClosedFlag(a[0])) throw closedFile();
            return PyNone.NONE;
        });
        // CPython: Modules/_io/iobase.c _io__IOBase_close_impl
        put(t, "close", (a, kw) -> {
            args("close", a, kw, 0, 0);
            PyObject self = a[0];
            if (isClosedFlag(self)) return PyNone.NONE;
            try {
                call(self, "flush");
            } finally {
                Abstract.setattr(self, CLOSED_FLAG, PyBool.TRUE);
            }
            return PyNone.NONE;
        });
        getter(t, "closed", self -> PyBool.of(isClosedFlag(self)));
        for (String name : new String[] {"seekable", "readable", "writable"}) {
            put(t, name, (a, kw) -> {
                args(name, a, kw, 0, 0);
                return PyBool.FALSE;
            });
        }
        put(t, "_checkClosed", (a, kw) -> {
            checkClosed(a[0]);
            return PyNone.NONE;
        });
        check(t, "_checkSeekable", "seekable", "File or stream is not seekable.");
        check(t, "_checkReadable", "readable", "File or stream is not readable.");
        check(t, "_checkWritable", "writable", "File or stream is not writable.");
        put(t, "__enter__", (a, kw) -> {
            checkClosed(a[0]);
            return a[0];
        });
        put(t, "__exit__", (a, kw) -> call(a[0], "close"));
        put(t, "fileno", (a, kw) -> { throw unsupported("fileno"); });
        put(t, "isatty", (a, kw) -> {
            args("isatty", a, kw, 0, 0);
            checkClosed(a[0]);
            return PyBool.FALSE;
        });
        put(t, "readline", (a, kw) -> readline(a[0], optionalSize(args("readline", a, kw, 0, 1)[0])));
        BuiltinTypes.slot0(t, "__iter__", self -> {
            checkClosed(self);
            return self;
        });
        // CPython: Modules/_io/iobase.c iobase_iternext
        BuiltinTypes.slot0(t, "__next__", self -> {
            PyObject line = call(self, "readline");
            if (Abstract.len(line) == 0) throw Errors.raise(ExceptionTypes.STOP_ITERATION, null);
            return line;
        });
        put(t, "readlines", (a, kw) -> readlines(a[0], optionalSize(args("readlines", a, kw, 0, 1)[0])));
        // CPython: Modules/_io/iobase.c _io__IOBase_writelines
        put(t, "writelines", (a, kw) -> {
            PyObject self = a[0], lines = args("writelines", a, kw, 1, 1)[0];
            checkClosed(self);
            PyObject it = Abstract.iter(lines);
            for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) call(self, "write", line);
            return PyNone.NONE;
        });
    }

    // CPython: Modules/_io/iobase.c _PyIOBase_check_seekable and its two siblings
    private static void check(PyType t, String name, String predicate, String message) {
        put(t, name, (a, kw) -> checkPredicate(a[0], predicate, message));
    }

    /** raw.readable() (etc.) must return True: the buffered classes accept any object with the method. */
    // CPython: Modules/_io/iobase.c _PyIOBase_check_readable, _PyIOBase_check_seekable, _PyIOBase_check_writable
    static PyObject checkPredicate(PyObject raw, String predicate, String message) {
        PyObject r = call(raw, predicate);
        if (r != PyBool.TRUE) throw unsupported(message);
        return r;
    }

    static void checkReadable(PyObject raw) {
        checkPredicate(raw, "readable", "File or stream is not readable.");
    }

    static void checkWritable(PyObject raw) {
        checkPredicate(raw, "writable", "File or stream is not writable.");
    }

    static void checkSeekable(PyObject raw) {
        checkPredicate(raw, "seekable", "File or stream is not seekable.");
    }

    // CPython: Modules/_io/iobase.c _io__IOBase_readline_impl
    static PyObject readline(PyObject self, long limit) {
        PyObject peek = Abstract.lookupAttr(self, PyStr.intern("peek"));
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        while (limit < 0 || buf.size() < limit) {
            long nreadahead = 1;
            if (peek != null) {
                PyObject ahead = Abstract.call(peek, PyInt.of(1));
                if (!(ahead instanceof PyBytes ab)) {
                    throw Errors.raise(ExceptionTypes.OS_ERROR, "peek() should have returned a bytes object, not '" + ahead.typeName() + "'");
                }
                if (ab.value.length > 0) {
                    int n = 0;
                    while (n < ab.value.length && (limit < 0 || n < limit)) {
                        if (ab.value[n++] == '\n') break;
                    }
                    nreadahead = n;
                }
            }
            PyObject b = call(self, "read", PyInt.of(nreadahead));
            if (!(b instanceof PyBytes bb)) {
                throw Errors.raise(ExceptionTypes.OS_ERROR, "read() should have returned a bytes object, not '" + b.typeName() + "'");
            }
            if (bb.value.length == 0) break;
            buf.writeBytes(bb.value);
            if (bb.value[bb.value.length - 1] == '\n') break;
        }
        return new PyBytes(buf.toByteArray());
    }

    // CPython: Modules/_io/iobase.c _io__IOBase_readlines_impl
    static PyObject readlines(PyObject self, long hint) {
        PyList result = new PyList(new ArrayList<>());
        PyObject it = Abstract.iter(self);
        long length = 0;
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            result.items.add(line);
            if (hint <= 0) continue;
            long n = Abstract.len(line);
            if (n > hint - length) break;
            length += n;
        }
        return result;
    }

    private static void rawMethods(PyType t) {
        // CPython: Modules/_io/iobase.c _io__RawIOBase_read_impl
        put(t, "read", (a, kw) -> {
            PyObject self = a[0], sizeArg = args("read", a, kw, 0, 1)[0];
            long n = sizeArg == null ? -1 : ssize(sizeArg);
            if (n < 0) return call(self, "readall");
            PyByteArray b = new PyByteArray(new byte[(int) n]);
            PyObject res = call(self, "readinto", b);
            if (res == PyNone.NONE) return res;
            long got = Abstract.asSsize(res, ExceptionTypes.OVERFLOW_ERROR);
            if (got < 0 || got > n) throw Errors.valueError("readinto returned " + got + " outside buffer size " + n);
            return new PyBytes(java.util.Arrays.copyOf(b.buf, (int) got));
        });
        // CPython: Modules/_io/iobase.c _io__RawIOBase_readall_impl
        put(t, "readall", (a, kw) -> {
            args("readall", a, kw, 0, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean any = false;
            while (true) {
                PyObject data = call(a[0], "read", PyInt.of(DEFAULT_BUFFER_SIZE));
                if (data == PyNone.NONE) {
                    if (!any) return data;
                    break;
                }
                if (!(data instanceof PyBytes d)) throw Errors.typeError("read() should return bytes");
                if (d.value.length == 0) break;
                out.writeBytes(d.value);
                any = true;
            }
            return new PyBytes(out.toByteArray());
        });
        put(t, "readinto", (a, kw) -> { throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, null); });
        put(t, "write", (a, kw) -> { throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, null); });
    }

    private static void bufferedMethods(PyType t) {
        for (String name : new String[] {"detach", "read", "read1", "write"}) {
            put(t, name, (a, kw) -> { throw unsupported(name); });
        }
        put(t, "readinto", (a, kw) -> readinto(a[0], args("readinto", a, kw, 1, 1)[0], "read", "readinto"));
        put(t, "readinto1", (a, kw) -> readinto(a[0], args("readinto1", a, kw, 1, 1)[0], "read1", "readinto1"));
    }

    // CPython: Modules/_io/bufferedio.c _bufferediobase_readinto_generic
    static PyObject readinto(PyObject self, PyObject buffer, String read, String name) {
        if (!(buffer instanceof PyByteArray || buffer instanceof MemoryView || buffer instanceof ArrayModule.Array)) {
            throw Errors.typeError(name + "() argument must be read-write bytes-like object, not " + buffer.typeName());
        }
        long len = Abstract.len(buffer) * (buffer instanceof ArrayModule.Array arr ? arr.itemSize() : 1);
        PyObject data = call(self, read, PyInt.of(len));
        if (!(data instanceof PyBytes d)) throw Errors.typeError("read() should return bytes");
        int n = d.value.length;
        if (n > len) throw Errors.valueError("read() returned too much data: " + len + " bytes requested, " + n + " returned");
        storeInto(buffer, d.value, n);
        return PyInt.of(n);
    }

    /** Copies {@code data[0..n)} to the start of a writable buffer. */
    static void storeInto(PyObject buffer, byte[] data, int n) {
        if (buffer instanceof PyByteArray ba) {
            System.arraycopy(data, 0, ba.buf, 0, n);
        } else if (buffer instanceof ArrayModule.Array arr) {
            arr.writeBytes(0, java.util.Arrays.copyOf(data, n));
        } else {
            Abstract.setitem(buffer, new dev.pyjama.objects.PySlice(PyInt.of(0), PyInt.of(n), PyNone.NONE),
                    new PyBytes(java.util.Arrays.copyOf(data, n)));
        }
    }

    private static void textMethods(PyType t) {
        for (String name : new String[] {"detach", "read", "readline", "write"}) {
            put(t, name, (a, kw) -> { throw unsupported(name); });
        }
        for (String name : new String[] {"encoding", "newlines", "errors"}) getter(t, name, self -> PyNone.NONE);
    }
}
