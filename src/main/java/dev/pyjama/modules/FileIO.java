package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Importer;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyType;
import java.io.ByteArrayOutputStream;

/**
 * {@code _io.FileIO}: raw binary I/O on a file descriptor of the posix module (whose numbers
 * mean something only inside pyjama: see {@code FileDescriptors}). The file is opened with
 * posix.open, or by the opener, then checked with fstat as CPython does (a directory is
 * refused with EISDIR; the block size becomes {@code _blksize}).
 */
// CPython: Modules/_io/fileio.c
public final class FileIO extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io.FileIO", IoBase.RAW);

    private static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000,
            O_APPEND = 02000, O_CLOEXEC = 02000000;

    private int fd = -1;
    private boolean created, readable, writable, appending, closefd = true;
    /** -1 unknown, 0 no, 1 yes. */
    private int seekable = -1;
    private long blksize;
    /** {@code "st_dev:st_ino"} of a regular file this object opened by name, else null (see {@link IoFinalizer#opened}). */
    String fileKey;

    FileIO(PyType type) {
        super(type);
    }

    /** {@code FileIO(fd, 'rb' or 'wb', closefd=False)} named {@code name}, as create_stdio opens the standard streams. */
    // CPython: Python/pylifecycle.c create_stdio (the raw stream)
    static FileIO std(int fd, boolean write, String name) {
        FileIO f = new FileIO(TYPE);
        f.fd = fd;
        f.readable = !write;
        f.writable = write;
        f.closefd = false;
        f.seekable = 0; // the interpreter's own streams: pipes or terminals, never files
        f.blksize = DEFAULT_BUFFER_SIZE;
        f.dict().put(PyStr.intern("name"), PyStr.of(name));
        return f;
    }

    boolean isClosed() {
        return fd < 0;
    }

    @Override
    boolean surelyClosed() {
        // an exact FileIO that does not own its descriptor has nothing to close or flush
        return type() == TYPE && (fd < 0 || !closefd);
    }

    /** {@code _dealloc_warn(source)}: the ResourceWarning of a file finalised while open. */
    // CPython: Modules/_io/fileio.c _io_FileIO__dealloc_warn
    void deallocWarn(PyObject source) {
        if (fd < 0 || !closefd) return;
        try {
            PyObject warn = Abstract.getattr(Importer.importModule("_warnings"), PyStr.intern("warn"));
            Abstract.call(warn, PyStr.of("unclosed file " + Abstract.repr(source).value()), ExceptionTypes.RESOURCE_WARNING, PyInt.of(1), source);
        } catch (PyException e) {
            // a filter made it an error: reported, never raised
            if (e.value().type().isSubtype(ExceptionTypes.WARNING)) dev.pyjama.interp.Interpreter.current().writeUnraisable(this, e.value());
        }
    }

    private static FileIO self(PyObject o) {
        return (FileIO) o;
    }

    /**
     * The descriptor functions (open, close, read, write, lseek, ftruncate...) as posix has them,
     * made without the posix module: CPython's FileIO calls read(2)/write(2) itself, and the
     * standard streams' first write would otherwise build all of posix (a tenth of the start-up).
     */
    private static final PyModule DESCRIPTORS = descriptors();

    private static PyModule descriptors() {
        PyModule m = new PyModule("posix");
        FileDescriptors.install(m);
        return m;
    }

    /** {@code posix.NAME(args...)}. */
    private static PyObject posix(String name, PyObject... args) {
        PyObject f = DESCRIPTORS.dict.get(PyStr.intern(name));
        if (f == null) f = Abstract.getattr(Importer.importModule("posix"), PyStr.intern(name));
        return Abstract.call(f, args);
    }

    private FileIO checkOpen() {
        if (fd < 0) throw Errors.valueError("I/O operation on closed file");
        return this;
    }

    // CPython: Modules/_io/fileio.c err_mode
    private void checkReadable() {
        if (!readable) throw unsupported("File not open for reading");
    }

    private void checkWritable() {
        if (!writable) throw unsupported("File not open for writing");
    }

    // CPython: Modules/_io/fileio.c _io_FileIO___init___impl
    private void init(PyObject nameobj, PyObject modeObj, PyObject closefdObj, PyObject opener) {
        if (fd >= 0) {
            if (closefd) internalClose();
            else fd = -1;
        }
        if (nameobj instanceof PyBool) {
            Abstract.call(Abstract.getattr(Importer.importModule("warnings"), PyStr.intern("warn")),
                    PyStr.of("bool is used as a file descriptor"), ExceptionTypes.RUNTIME_WARNING, PyInt.of(2));
        }
        int newFd = -1;
        if (nameobj instanceof PyInt i) {
            if (i.signum() < 0) throw Errors.valueError("negative file descriptor");
            newFd = ModuleSupport.asInt(i);
        }
        String mode = "r";
        if (modeObj != null) {
            if (!(modeObj instanceof PyStr ms)) throw Errors.typeError("FileIO() argument 'mode' must be str, not " + modeObj.typeName());
            mode = ms.value();
        }
        boolean closefdArg = closefdObj == null || Abstract.isTrue(closefdObj);
        created = readable = writable = appending = false;
        seekable = -1;
        boolean rwa = false, plus = false;
        int flags = 0;
        for (int k = 0; k < mode.length(); k++) {
            char c = mode.charAt(k);
            switch (c) {
                case 'x': case 'r': case 'w': case 'a':
                    if (rwa) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    rwa = true;
                    if (c == 'x') { created = writable = true; flags |= O_EXCL | O_CREAT; }
                    else if (c == 'r') readable = true;
                    else if (c == 'w') { writable = true; flags |= O_CREAT | O_TRUNC; }
                    else { writable = appending = true; flags |= O_APPEND | O_CREAT; }
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
                    readable = writable = plus = true;
                    break;
                default:
                    throw Errors.valueError("invalid mode: " + mode);
            }
        }
        if (!rwa) throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
        flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
        flags |= O_CLOEXEC;
        // CPython: Modules/_io/fileio.c _io_FileIO___init___impl (PySys_Audit "open")
        Audit.fire("open", nameobj, PyStr.of(mode), PyInt.of(flags));
        boolean own = false;
        if (newFd < 0) {
            if (!closefdArg) throw Errors.valueError("Cannot use closefd=False with file name");
            if (opener == null || opener == PyNone.NONE) {
                ModuleSupport.fspath(nameobj); // PyUnicode_FSConverter's TypeError
                newFd = ModuleSupport.asInt(posix("open", nameobj, PyInt.of(flags), PyInt.of(0666)));
            } else {
                PyObject r = Abstract.call(opener, nameobj, PyInt.of(flags));
                if (!(r instanceof PyInt ri)) throw Errors.typeError("expected integer from opener");
                newFd = ModuleSupport.asInt(ri);
                if (newFd < 0) throw Errors.valueError("opener returned " + newFd);
            }
            own = true;
        }
        fd = newFd;
        closefd = closefdArg;
        try {
            blksize = DEFAULT_BUFFER_SIZE;
            PyObject st = null;
            try {
                st = posix("fstat", PyInt.of(fd));
            } catch (PyException e) {
                if (!e.value().type().isSubtype(ExceptionTypes.OS_ERROR)) throw e;
                PyObject errno = Abstract.lookupAttr(e.value(), PyStr.intern("errno"));
                // posix.fstat knows files, not the ends of os.pipe() (subprocess's pipes)
                if (errno instanceof PyInt n && n.longValue() == 9 && Pipes.get(fd) == null) throw e;
            }
            if (st != null) {
                long m = ModuleSupport.asLong(Abstract.getattr(st, PyStr.intern("st_mode")));
                if ((m & 0170000) == 0040000) throw ModuleSupport.osError(21, nameobj);
                if (own && (m & 0170000) == 0100000) {
                    fileKey = Abstract.getattr(st, PyStr.intern("st_dev")).repr() + ":" + Abstract.getattr(st, PyStr.intern("st_ino")).repr();
                    IoFinalizer.opened(this);
                }
                PyObject bs = Abstract.lookupAttr(st, PyStr.intern("st_blksize"));
                if (bs instanceof PyInt b && b.longValue() > 1) blksize = b.longValue();
            }
            Abstract.setattr(this, PyStr.intern("name"), nameobj);
            if (appending) {
                try {
                    posix("lseek", PyInt.of(fd), PyInt.of(0), PyInt.of(2));
                } catch (PyException e) {
                    if (!e.value().type().isSubtype(ExceptionTypes.OS_ERROR)) throw e;
                }
            }
        } catch (PyException e) {
            if (!own) fd = -1;
            if (fd >= 0) internalClose();
            throw e;
        }
    }

    private void internalClose() {
        int old = fd;
        fd = -1;
        IoFinalizer.closed(this);
        // pyjama's descriptors 0-2 are the interpreter's streams, which stay open
        if (old > 2) posix("close", PyInt.of(old));
    }

    private PyObject readall() {
        checkOpen().checkReadable();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            PyBytes chunk = (PyBytes) posix("read", PyInt.of(fd), PyInt.of(65536));
            if (chunk.value.length == 0) break;
            out.writeBytes(chunk.value);
        }
        return new PyBytes(out.toByteArray());
    }

    private PyObject seek(PyObject pos, int whence) {
        if (pos instanceof PyFloat) throw Errors.typeError("an integer is required");
        PyObject r = posix("lseek", PyInt.of(fd), pos, PyInt.of(whence));
        return r;
    }

    static {
        PyType t = TYPE;
        Derived.SELF_DERIVED.put(t, FileIO.class);
        newMethod(t, (a, kw) -> IoFinalizer.track(new FileIO(TYPE)));
        put(t, "__init__", (a, kw) -> {
            PyObject[] p = Args.parse("FileIO", a, 1, kw, new String[] {"file", "mode", "closefd", "opener"}, 1, 4);
            self(a[0]).init(p[0], p[1], p[2], p[3]);
            return PyNone.NONE;
        });
        put(t, "read", (a, kw) -> {
            long n = optionalSize(args("read", a, kw, 0, 1)[0]);
            FileIO s = self(a[0]).checkOpen();
            s.checkReadable();
            if (n < 0) return s.readall();
            return posix("read", PyInt.of(s.fd), PyInt.of(n));
        });
        put(t, "readall", (a, kw) -> {
            args("readall", a, kw, 0, 0);
            return self(a[0]).readall();
        });
        StringIO.onearg(t, "readinto", (o, buffer) -> {
            FileIO s = self(o).checkOpen();
            s.checkReadable();
            if (!(buffer instanceof dev.pyjama.objects.PyByteArray || buffer instanceof MemoryView || buffer instanceof ArrayModule.Array)) {
                throw Errors.typeError("readinto() argument must be read-write bytes-like object, not " + buffer.typeName());
            }
            long len = Abstract.len(buffer) * (buffer instanceof ArrayModule.Array arr ? arr.itemSize() : 1);
            PyBytes data = (PyBytes) posix("read", PyInt.of(s.fd), PyInt.of(len));
            storeInto(buffer, data.value, data.value.length);
            return PyInt.of(data.value.length);
        });
        StringIO.onearg(t, "write", (o, b) -> {
            FileIO s = self(o).checkOpen();
            s.checkWritable();
            return posix("write", PyInt.of(s.fd), new PyBytes(Buffers.bytesLike(b)));
        });
        put(t, "seek", (a, kw) -> {
            PyObject[] p = args("seek", a, kw, 1, 2);
            int whence = p[1] == null ? 0 : ModuleSupport.asInt(p[1]);
            return self(a[0]).checkOpen().seek(p[0], whence);
        });
        put(t, "tell", (a, kw) -> {
            args("tell", a, kw, 0, 0);
            return self(a[0]).checkOpen().seek(PyInt.of(0), 1);
        });
        put(t, "truncate", (a, kw) -> {
            PyObject size = args("truncate", a, kw, 0, 1)[0];
            FileIO s = self(a[0]).checkOpen();
            s.checkWritable();
            if (size == null || size == PyNone.NONE) size = s.seek(PyInt.of(0), 1);
            posix("ftruncate", PyInt.of(s.fd), size);
            return size;
        });
        // CPython: Modules/_io/fileio.c _io_FileIO_close_impl
        put(t, "close", (a, kw) -> {
            args("close", a, kw, 0, 0);
            FileIO s = self(a[0]);
            PyException failure = null;
            try {
                Abstract.call(IoBase.RAW.lookup("close"), s);
            } catch (PyException e) {
                failure = e;
            }
            if (s.fd >= 0) {
                if (s.finalizing && s.closefd) s.deallocWarn(s);
                if (s.closefd) s.internalClose();
                else s.fd = -1;
            }
            if (failure != null) throw failure;
            return PyNone.NONE;
        });
        put(t, "seekable", (a, kw) -> {
            args("seekable", a, kw, 0, 0);
            FileIO s = self(a[0]).checkOpen();
            if (s.seekable < 0) {
                try {
                    s.seek(PyInt.of(0), 1);
                    s.seekable = 1;
                } catch (PyException e) {
                    if (!e.value().type().isSubtype(ExceptionTypes.OS_ERROR)) throw e;
                    s.seekable = 0;
                }
            }
            return PyBool.of(s.seekable == 1);
        });
        put(t, "readable", (a, kw) -> {
            args("readable", a, kw, 0, 0);
            return PyBool.of(self(a[0]).checkOpen().readable);
        });
        put(t, "writable", (a, kw) -> {
            args("writable", a, kw, 0, 0);
            return PyBool.of(self(a[0]).checkOpen().writable);
        });
        put(t, "fileno", (a, kw) -> {
            args("fileno", a, kw, 0, 0);
            return PyInt.of(self(a[0]).checkOpen().fd);
        });
        put(t, "isatty", (a, kw) -> {
            args("isatty", a, kw, 0, 0);
            // CPython: Modules/_io/fileio.c _io_FileIO_isatty_impl calls isatty(3) itself, not os.isatty
            // (going through posix would build that module at start-up: the standard streams ask)
            return PyBool.of(FileDescriptors.isatty(self(a[0]).checkOpen().fd));
        });
        put(t, "_dealloc_warn", (a, kw) -> {
            self(a[0]).deallocWarn(args("_dealloc_warn", a, kw, 1, 1)[0]);
            return PyNone.NONE;
        });
        put(t, "__reduce__", (a, kw) -> { throw cannotPickle(a[0]); });
        put(t, "__reduce_ex__", (a, kw) -> { throw cannotPickle(a[0]); });
        dev.pyjama.interp.BuiltinTypes.slot0(t, "__repr__", o -> PyStr.of(o.repr()));
        getter(t, "closed", o -> PyBool.of(self(o).fd < 0));
        getter(t, "closefd", o -> PyBool.of(self(o).closefd));
        getter(t, "_blksize", o -> PyInt.of(self(o).blksize));
        getter(t, "_finalizing", o -> PyBool.of(self(o).finalizing));
        getter(t, "mode", o -> PyStr.of(self(o).mode()));
    }

    private static PyException cannotPickle(PyObject o) {
        return Errors.typeError("cannot pickle '" + o.type().qualname + "' instances");
    }

    // CPython: Modules/_io/fileio.c mode_string
    private String mode() {
        if (created) return readable ? "xb+" : "xb";
        if (appending) return readable ? "ab+" : "ab";
        if (readable) return writable ? "rb+" : "rb";
        return "wb";
    }

    // CPython: Modules/_io/fileio.c fileio_repr
    @Override
    public String repr() {
        String name = type().name(); // tp_name: "_io.FileIO", or a subclass's bare name
        if (fd < 0) return "<" + name + " [closed]>";
        String closefdRepr = closefd ? "True" : "False";
        PyObject n = Abstract.lookupAttr(this, PyStr.intern("name"));
        if (n == null) return "<" + name + " fd=" + fd + " mode='" + mode() + "' closefd=" + closefdRepr + ">";
        if (!ReprGuard.enter(this)) {
            throw Errors.raise(ExceptionTypes.RUNTIME_ERROR, "reentrant call inside " + type().name() + ".__repr__");
        }
        try {
            return "<" + name + " name=" + Abstract.repr(n).value() + " mode='" + mode() + "' closefd=" + closefdRepr + ">";
        } finally {
            ReprGuard.leave(this);
        }
    }
}
