package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The posix functions on a file's permissions, times and links: chmod, fchmod, utime,
 * symlink, link, readlink and umask. The JVM cannot change the process umask, so pyjama keeps
 * its own (starting from the kernel's) and applies it to every file and directory that
 * {@code os.open} and {@code os.mkdir} create, by setting the mode after creation.
 * The dir_fd arguments resolve against the directory a pyjama descriptor was opened on.
 */
// CPython: Modules/posixmodule.c os_chmod_impl, os_fchmod_impl, os_utime_impl, os_symlink_impl, os_link_impl, os_readlink_impl, os_umask_impl
final class PosixFiles {
    private PosixFiles() {}

    /** The umask pyjama applies (the process's, read once from /proc/self/status, then what os.umask sets). */
    private static final int PROCESS_UMASK = initialUmask();
    private static int umask = PROCESS_UMASK;

    private static final String[] HAVE = {"HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FUTIMENS", "HAVE_UTIMENSAT", "HAVE_LINKAT",
        "HAVE_SYMLINKAT", "HAVE_READLINKAT"};

    static void install(PyModule m) {
        if (m.dict.get(PyStr.of("_have_functions")) instanceof PyList have) {
            for (String h : HAVE) have.items.add(PyStr.of(h));
        }
        def(m, "umask", (a, kw) -> {
            if (kw != null && kw.size() > 0) throw Errors.typeError("posix.umask() takes no keyword arguments");
            if (a.length != 1) throw Errors.typeError("posix.umask() takes exactly one argument (" + a.length + " given)");
            int old = umask;
            umask = ModuleSupport.asInt(a[0]) & 0777;
            return PyInt.of(old);
        });
        def(m, "chmod", (a, kw) -> {
            PyObject[] p = Args.parse("chmod", a, 0, kw, new String[] {"path", "mode", "dir_fd", "follow_symlinks"}, 2, 2);
            int mode = ModuleSupport.asInt(p[1]);
            boolean follow = p[3] == null || Abstract.isTrue(p[3]);
            Path path = target("chmod", p[0], p[2], true);
            // CPython: fchmodat(AT_SYMLINK_NOFOLLOW) fails with ENOTSUP on a link and is then reported so
            if (!follow && Files.isSymbolicLink(path)) {
                throw Errors.raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "chmod: follow_symlinks unavailable on this platform");
            }
            setMode(path, mode, p[0]);
            return PyNone.NONE;
        });
        def(m, "fchmod", (a, kw) -> {
            PyObject[] p = Args.parse("fchmod", a, 0, kw, new String[] {"fd", "mode"}, 2, 2);
            int fd = ModuleSupport.asInt(p[0]);
            int mode = ModuleSupport.asInt(p[1]);
            setMode(FileDescriptors.pathOf(fd), mode, null);
            return PyNone.NONE;
        });
        def(m, "utime", (a, kw) -> utime(a, kw));
        // CPython: Modules/posixmodule.c os_chown_impl (-1 leaves an id unchanged); tarfile calls it as root
        def(m, "chown", (a, kw) -> chown("chown", a, kw, true));
        def(m, "lchown", (a, kw) -> chown("lchown", a, kw, false));
        def(m, "symlink", (a, kw) -> {
            PyObject[] p = Args.parse("symlink", a, 0, kw, new String[] {"src", "dst", "target_is_directory", "dir_fd"}, 2, 3);
            String src = ModuleSupport.path("symlink", "src", p[0]);
            ModuleSupport.path("symlink", "dst", p[1]);
            Path dst = target("symlink", p[1], p[3], false);
            try {
                Files.createSymbolicLink(dst, Path.of(src));
            } catch (IOException e) {
                throw twoNames(e, p[0], p[1]);
            }
            return PyNone.NONE;
        });
        def(m, "link", (a, kw) -> {
            PyObject[] p = Args.parse("link", a, 0, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, 2, 2);
            ModuleSupport.path("link", "src", p[0]);
            ModuleSupport.path("link", "dst", p[1]);
            Path src = target("link", p[0], p[2], false);
            Path dst = target("link", p[1], p[3], false);
            try {
                // link(2) on Linux makes a link to a symbolic link itself, whatever follow_symlinks says
                Files.createLink(dst, src);
            } catch (IOException e) {
                throw twoNames(e, p[0], p[1]);
            }
            return PyNone.NONE;
        });
        def(m, "readlink", (a, kw) -> {
            PyObject[] p = Args.parse("readlink", a, 0, kw, new String[] {"path", "dir_fd"}, 1, 1);
            ModuleSupport.path("readlink", "path", p[0]);
            try {
                String r = Files.readSymbolicLink(target("readlink", p[0], p[1], false)).toString();
                return p[0] instanceof PyBytes ? new PyBytes(r.getBytes(StandardCharsets.UTF_8)) : PyStr.of(r);
            } catch (java.nio.file.NotLinkException e) {
                throw osError(22, p[0]);
            } catch (IOException e) {
                throw PosixModule.ioError(e, p[0]);
            }
        });
    }

    /** The mode a new file or directory asked for {@code requested} gets: without the umask's bits. */
    static int created(int requested) {
        return requested & ~umask & 07777;
    }

    /**
     * Gives a file just created the mode the kernel would have (requested minus pyjama's umask).
     * Java created it asking 0666 (a file) or 0777 (a directory) under the process umask: when
     * that is the same mode, nothing is left to do. Best effort, as open(2) cannot fail here.
     */
    static void applyCreated(Path path, int requested, boolean dir) {
        if (umask == PROCESS_UMASK && requested == (dir ? 0777 : 0666)) return;
        try {
            Files.setAttribute(path, "unix:mode", created(requested));
        } catch (IOException | RuntimeException e) {
            // a file system without modes keeps what it gave
        }
    }

    static void setMode(Path path, int mode, PyObject filename) {
        try {
            // the unix view sets the whole mode (set-id and sticky bits too), which PosixFilePermission cannot
            Files.setAttribute(path, "unix:mode", mode & 07777);
        } catch (IOException e) {
            throw PosixModule.ioError(e, filename);
        }
    }

    /**
     * The file a path-or-descriptor argument names: an int is a descriptor (when {@code fdOk}),
     * anything else a path, relative to {@code dirFd}'s directory when that is not None.
     */
    private static Path target(String fname, PyObject arg, PyObject dirFd, boolean fdOk) {
        if (fdOk && arg instanceof PyInt fd) return FileDescriptors.pathOf((int) fd.longValue());
        if (fdOk && !(arg instanceof PyStr || arg instanceof PyBytes) && arg.type().lookup("__fspath__") == null) {
            throw Errors.typeError(fname + ": path should be string, bytes, os.PathLike or integer, not " + arg.typeName());
        }
        String s = ModuleSupport.path(fname, "path", arg);
        if (dirFd == null || dirFd == PyNone.NONE) {
            if (s.isEmpty()) throw osError(2, arg);
            return PosixModule.resolve(s);
        }
        if (!(dirFd instanceof PyInt)) {
            throw Errors.typeError("argument should be integer or None, not " + dirFd.typeName());
        }
        Path rel = Path.of(s);
        if (rel.isAbsolute()) return rel;
        Path dir;
        try {
            dir = FileDescriptors.pathOf(ModuleSupport.asInt(dirFd));
        } catch (PyException e) {
            throw osError(9, arg);
        }
        if (!Files.isDirectory(dir)) throw osError(20, arg);
        return dir.resolve(rel);
    }

    // CPython: Modules/posixmodule.c os_utime_impl (times as _PyTime_ObjectToTimespec, ns as split_py_long_to_s_and_ns)
    private static PyObject utime(PyObject[] a, PyTuple kw) {
        PyObject[] p = Args.parse("utime", a, 0, kw, new String[] {"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, 2);
        PyObject times = p[1] == null ? PyNone.NONE : p[1];
        if (times != PyNone.NONE && p[2] != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        Instant atime, mtime;
        if (times != PyNone.NONE) {
            if (!(times instanceof PyTuple t) || t.items.length != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = seconds(t.items[0]);
            mtime = seconds(t.items[1]);
        } else if (p[2] != null) {
            if (!(p[2] instanceof PyTuple t) || t.items.length != 2) throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            atime = nanos(t.items[0]);
            mtime = nanos(t.items[1]);
        } else {
            atime = mtime = Instant.now();
        }
        boolean follow = p[4] == null || Abstract.isTrue(p[4]);
        Path path = target("utime", p[0], p[3], true);
        try {
            BasicFileAttributeView view = follow ? Files.getFileAttributeView(path, BasicFileAttributeView.class)
                    : Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            view.setTimes(FileTime.from(mtime), FileTime.from(atime), null);
        } catch (IOException e) {
            throw PosixModule.ioError(e, p[0]);
        }
        return PyNone.NONE;
    }

    /** Seconds as an int or a float, floored to the nanosecond as CPython's _PyTime_ROUND_FLOOR. */
    private static Instant seconds(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
            double floor = Math.floor(d);
            long ns = (long) Math.floor((d - floor) * 1e9);
            if (ns >= 1_000_000_000L) ns = 999_999_999L;
            return Instant.ofEpochSecond((long) floor, ns);
        }
        return Instant.ofEpochSecond(ModuleSupport.asLong(o));
    }

    private static Instant nanos(PyObject o) {
        if (!(o instanceof PyInt)) throw Errors.typeError("'" + o.typeName() + "' object cannot be interpreted as an integer");
        BigInteger[] qr = ((PyInt) Abstract.index(o)).bigValue().divideAndRemainder(BigInteger.valueOf(1_000_000_000L));
        long s = qr[0].longValueExact(), n = qr[1].longValue();
        if (n < 0) {
            s--;
            n += 1_000_000_000L;
        }
        return Instant.ofEpochSecond(s, n);
    }

    /** OSError naming both files, as CPython's path_error2: "[Errno 17] File exists: 'a' -> 'b'". */
    private static PyException twoNames(IOException e, PyObject src, PyObject dst) {
        PyObject errno = PosixModule.ioError(e, src).value().dict.get("errno");
        int n = ModuleSupport.asInt(errno);
        PyObject ex = Abstract.call(ExceptionTypes.OS_ERROR, PyInt.of(n), PyStr.of(ModuleSupport.strerror(n)), src, PyNone.NONE, dst);
        return new PyException((dev.pyjama.objects.PyBaseException) ex);
    }

    private static int initialUmask() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) return Integer.parseInt(line.substring(6).trim(), 8);
            }
        } catch (IOException | RuntimeException e) {
            // no procfs: the usual default
        }
        return 022;
    }

    private static PyObject chown(String name, PyObject[] a, PyTuple kw, boolean followDefault) {
        String[] names = followDefault ? new String[] {"path", "uid", "gid", "dir_fd", "follow_symlinks"}
                : new String[] {"path", "uid", "gid", "dir_fd"};
        PyObject[] p = Args.parse(name, a, 0, kw, names, 3, 3);
        long uid = ModuleSupport.asLong(p[1]), gid = ModuleSupport.asLong(p[2]);
        boolean follow = followDefault && (p.length < 5 || p[4] == null || Abstract.isTrue(p[4]));
        Path path = target(name, p[0], p[3], followDefault);
        java.nio.file.LinkOption[] opts = follow ? new java.nio.file.LinkOption[0]
                : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
        try {
            if (uid == -1 && gid == -1) Files.getAttribute(path, "unix:uid", opts); // the call still fails on a missing file
            if (uid != -1) Files.setAttribute(path, "unix:uid", (int) uid, opts);
            if (gid != -1) Files.setAttribute(path, "unix:gid", (int) gid, opts);
        } catch (java.io.IOException e) {
            throw PosixModule.ioError(e, p[0]);
        }
        return PyNone.NONE;
    }
}
