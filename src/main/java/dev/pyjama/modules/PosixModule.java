package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.BuiltinTypes;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code posix}, what {@code os} and {@code os.path} build on: stat, directories, the working
 * directory, the environment, file descriptors and process facts. The JVM has no raw file
 * descriptors, so {@link FileDescriptors} keeps a table of its own (0, 1 and 2 are the
 * process's standard streams); the *at functions (dir_fd) are not offered, and
 * {@code _have_functions} says so, as os.supports_dir_fd then shows.
 */
// CPython: Modules/posixmodule.c
public final class PosixModule {
    private PosixModule() {}

    static final String[] STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null,
        null, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks",
        "st_rdev"};
    public static final PyType STAT_RESULT = StructSeq.newType("os.stat_result", STAT_FIELDS, 10, true);
    static final PyType UNAME_RESULT = StructSeq.newType("posix.uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5, true);
    static final PyType TERMINAL_SIZE = StructSeq.newType("os.terminal_size", new String[] {"columns", "lines"}, 2, true);
    static final PyType TIMES_RESULT = StructSeq.newType("posix.times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5, true);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Where relative paths start from, for posix and for io's files: the interpreter's working
     * directory (an in-process run has its own). Set by each new interpreter and by posix's creation.
     */
    public static void setWorkingDirectory(java.nio.file.Path cwd) {
        FileDescriptors.cwd = cwd.toAbsolutePath().normalize();
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("posix");
        setWorkingDirectory(interp.cwd);
        constants(m);
        DescriptorFlags.install(m); // get/set_inheritable, get/set_blocking, pipe2
        set(m, "stat_result", STAT_RESULT);
        set(m, "uname_result", UNAME_RESULT);
        set(m, "DirEntry", ScanDir.DIR_ENTRY);
        set(m, "terminal_size", TERMINAL_SIZE);
        set(m, "times_result", TIMES_RESULT);
        set(m, "error", dev.pyjama.objects.ExceptionTypes.OS_ERROR);
        set(m, "_have_functions", PyList.of(PyStr.of("HAVE_LSTAT")));
        set(m, "environ", environ());
        def(m, "stat", (a, kw) -> stat("stat", a, kw, true));
        def(m, "lstat", (a, kw) -> stat("lstat", a, kw, false));
        def(m, "fstat", (a, kw) -> {
            PyObject[] p = Args.parse("fstat", a, 0, kw, new String[] {"fd"}, 1, 1);
            Pipes.End end = Pipes.get(ModuleSupport.asInt(p[0]));
            if (end != null) return streamStat(end instanceof NetSocket ? 0140777 : 010600);
            Path path = FileDescriptors.pathOf(ModuleSupport.asInt(p[0]));
            return statPath(path, true, null);
        });
        def(m, "getcwd", (a, kw) -> PyStr.of(cwd().toString()));
        def(m, "getcwdb", (a, kw) -> new PyBytes(cwd().toString().getBytes(StandardCharsets.UTF_8)));
        def(m, "chdir", (a, kw) -> {
            PyObject[] p = Args.parse("chdir", a, 0, kw, new String[] {"path"}, 1, 1);
            Path target = resolve(ModuleSupport.path("chdir", "path", p[0]));
            if (!Files.exists(target)) throw osError(2, p[0]);
            if (!Files.isDirectory(target)) throw osError(20, p[0]);
            FileDescriptors.cwd = target.normalize();
            return PyNone.NONE;
        });
        def(m, "listdir", (a, kw) -> listdir(a, kw));
        def(m, "scandir", (a, kw) -> ScanDir.scandir(a, kw));
        def(m, "mkdir", (a, kw) -> {
            PyObject[] p = Args.parse("mkdir", a, 0, kw, new String[] {"path", "mode", "dir_fd"}, 1, 2);
            Path path = resolve(ModuleSupport.path("mkdir", "path", p[0]));
            int mode = p[1] == null ? 0777 : ModuleSupport.asInt(p[1]);
            try {
                Files.createDirectory(path);
                PosixFiles.applyCreated(path, mode, true);
            } catch (IOException e) {
                throw ioError(e, p[0]);
            }
            return PyNone.NONE;
        });
        for (String name : new String[] {"rmdir", "unlink", "remove"}) {
            boolean dir = name.equals("rmdir");
            def(m, name, (a, kw) -> {
                PyObject[] p = Args.parse(name, a, 0, kw, new String[] {"path", "dir_fd"}, 1, 1);
                Path path = resolve(ModuleSupport.path(name, "path", p[0]));
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) != dir && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(dir ? 20 : 21, p[0]);
                }
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw ioError(e, p[0]);
                }
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            def(m, name, (a, kw) -> {
                PyObject[] p = Args.parse(name, a, 0, kw, new String[] {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 2, 2);
                Path src = resolve(ModuleSupport.path(name, "src", p[0])), dst = resolve(ModuleSupport.path(name, "dst", p[1]));
                try {
                    Files.move(src, dst, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw ioError(e, p[0]);
                }
                return PyNone.NONE;
            });
        }
        def(m, "access", (a, kw) -> {
            PyObject[] p = Args.parse("access", a, 0, kw, new String[] {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, 2);
            Path path = resolve(ModuleSupport.path("access", "path", p[0]));
            int mode = ModuleSupport.asInt(p[1]);
            boolean ok = Files.exists(path) && ((mode & 4) == 0 || Files.isReadable(path))
                    && ((mode & 2) == 0 || Files.isWritable(path)) && ((mode & 1) == 0 || Files.isExecutable(path));
            return PyBool.of(ok);
        });
        def(m, "fspath", (a, kw) -> {
            PyObject[] p = Args.parse("fspath", a, 0, kw, new String[] {"path"}, 1, 1);
            return ModuleSupport.fspath(p[0]);
        });
        def(m, "strerror", (a, kw) -> {
            ModuleSupport.positional("strerror", a, kw, 1, 1);
            return PyStr.of(ModuleSupport.strerror(ModuleSupport.asInt(a[0])));
        });
        def(m, "urandom", (a, kw) -> {
            ModuleSupport.positional("urandom", a, kw, 1, 1);
            long n = ModuleSupport.asLong(a[0]);
            if (n < 0) throw Errors.valueError("negative argument not allowed");
            byte[] b = new byte[(int) n];
            RANDOM.nextBytes(b);
            return new PyBytes(b);
        });
        def(m, "getpid", (a, kw) -> PyInt.of(ProcessHandle.current().pid()));
        def(m, "getppid", (a, kw) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        long uid = unixId("uid"), gid = unixId("gid");
        def(m, "getuid", (a, kw) -> PyInt.of(uid));
        def(m, "geteuid", (a, kw) -> PyInt.of(uid));
        def(m, "getgid", (a, kw) -> PyInt.of(gid));
        def(m, "getegid", (a, kw) -> PyInt.of(gid));
        def(m, "cpu_count", (a, kw) -> {
            // CPython: Modules/posixmodule.c os_cpu_count_impl (config->cpu_count from -X cpu_count first)
            int n = Interpreter.current().cpuCount;
            return PyInt.of(n > 0 ? n : Runtime.getRuntime().availableProcessors());
        });
        def(m, "isatty", (a, kw) -> PyBool.of(FileDescriptors.isatty(ModuleSupport.asInt(a[0]))));
        def(m, "device_encoding", (a, kw) -> PyNone.NONE);
        def(m, "uname", (a, kw) -> StructSeq.of(UNAME_RESULT, PyStr.of("Linux"), PyStr.of(hostname()),
                PyStr.of(System.getProperty("os.version")), PyStr.of("#1"), PyStr.of("x86_64")));
        def(m, "get_terminal_size", (a, kw) -> {
            throw osError(25, null);
        });
        ChildProcesses.install(m); // pipe, waitpid, kill, putenv, unsetenv, the wait-status macros
        def(m, "_exit", (a, kw) -> {
            Interpreter in = Interpreter.current();
            in.out.flush();
            in.err.flush();
            Runtime.getRuntime().halt(ModuleSupport.asInt(a[0]));
            return PyNone.NONE;
        });
        def(m, "times", (a, kw) -> {
            double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
            return StructSeq.of(TIMES_RESULT, PyFloat.of(cpu), PyFloat.of(0.0), PyFloat.of(0.0), PyFloat.of(0.0),
                    PyFloat.of(System.nanoTime() / 1e9));
        });
        FileDescriptors.install(m);
        PosixFiles.install(m);
        return m;
    }

    private static void constants(PyModule m) {
        Object[] c = {"F_OK", 0, "R_OK", 4, "W_OK", 2, "X_OK", 1, "O_RDONLY", 0, "O_WRONLY", 1, "O_RDWR", 2, "O_ACCMODE", 3,
            "O_CREAT", 0100, "O_EXCL", 0200, "O_NOCTTY", 0400, "O_TRUNC", 01000, "O_APPEND", 02000, "O_NONBLOCK", 04000,
            "O_NDELAY", 04000, "O_DSYNC", 010000, "O_SYNC", 04010000, "O_DIRECTORY", 0200000, "O_NOFOLLOW", 0400000,
            "O_CLOEXEC", 02000000, "SEEK_SET", 0, "SEEK_CUR", 1, "SEEK_END", 2, "SEEK_DATA", 3, "SEEK_HOLE", 4,
            "EX_OK", 0, "WNOHANG", 1, "WUNTRACED", 2, "TMP_MAX", 238328, "NGROUPS_MAX", 65536};
        for (int i = 0; i < c.length; i += 2) set(m, (String) c[i], (Integer) c[i + 1]);
    }

    private static long unixId(String attr) {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr)).longValue();
        } catch (Exception e) {
            return 0;
        }
    }

    private static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** The current working directory (pyjama's own, which os.chdir changes; the JVM's cannot). */
    static Path cwd() {
        return FileDescriptors.cwd;
    }

    static Path resolve(String p) {
        if (p.isEmpty()) return Path.of("");
        return cwd().resolve(p);
    }

    /** posix.environ: bytes keys and values, as CPython's. */
    private static PyDict environ() {
        PyDict d = new PyDict();
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            d.put(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)), new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        return d;
    }

    /** OSError for a failed java.nio call, with the errno CPython would have seen. */
    static dev.pyjama.objects.PyException ioError(IOException e, PyObject filename) {
        int errno = 5;
        if (e instanceof NoSuchFileException) errno = 2;
        else if (e instanceof FileAlreadyExistsException) errno = 17;
        else if (e instanceof AccessDeniedException) errno = 13;
        else if (e instanceof DirectoryNotEmptyException) errno = 39;
        else if (e instanceof NotDirectoryException) errno = 20;
        else if (e instanceof FileSystemException fe && fe.getReason() != null) {
            String r = fe.getReason();
            if (r.contains("Is a directory")) errno = 21;
            else if (r.contains("Not a directory")) errno = 20;
            else if (r.contains("Too many levels")) errno = 40;
        }
        return osError(errno, filename);
    }

    private static PyObject stat(String name, PyObject[] a, PyTuple kw, boolean follow) {
        PyObject[] p = Args.parse(name, a, 0, kw, new String[] {"path", "dir_fd", "follow_symlinks"}, 1, 1);
        if (p[2] != null && !Abstract.isTrue(p[2])) follow = false;
        if (p[0] instanceof PyInt fd) return statPath(FileDescriptors.pathOf((int) fd.longValue()), true, null);
        String s = ModuleSupport.path(name, "path", p[0]);
        if (s.isEmpty()) throw osError(2, p[0]);
        return statPath(resolve(s), follow, p[0]);
    }

    /** fstat of a pipe (S_IFIFO) or socket (S_IFSOCK): the kernel's object has no file, so only the mode and one link. */
    private static PyObject streamStat(int mode) {
        PyObject[] v = new PyObject[STAT_FIELDS.length];
        java.util.Arrays.fill(v, PyInt.of(0));
        v[0] = PyInt.of(mode);
        v[3] = PyInt.of(1);
        for (int i = 10; i < 13; i++) v[i] = PyFloat.of(0.0);
        v[16] = PyInt.of(4096);
        return StructSeq.of(STAT_RESULT, v);
    }

    // CPython: Modules/posixmodule.c _pystat_fromstructstat
    static PyObject statPath(Path path, boolean follow, PyObject filename) {
        Map<String, Object> attrs;
        try {
            attrs = follow ? Files.readAttributes(path, "unix:*") : Files.readAttributes(path, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw ioError(e, filename);
        } catch (UnsupportedOperationException e) {
            throw osError(38, filename);
        }
        long size = ((Number) attrs.get("size")).longValue();
        PyObject[] v = new PyObject[STAT_FIELDS.length];
        v[0] = PyInt.of(((Number) attrs.get("mode")).longValue());
        v[1] = PyInt.of(((Number) attrs.get("ino")).longValue());
        v[2] = PyInt.of(((Number) attrs.get("dev")).longValue());
        v[3] = PyInt.of(((Number) attrs.get("nlink")).longValue());
        v[4] = PyInt.of(((Number) attrs.get("uid")).longValue());
        v[5] = PyInt.of(((Number) attrs.get("gid")).longValue());
        v[6] = PyInt.of(size);
        FileTime[] times = {(FileTime) attrs.get("lastAccessTime"), (FileTime) attrs.get("lastModifiedTime"), (FileTime) attrs.get("ctime")};
        for (int i = 0; i < 3; i++) {
            java.time.Instant t = times[i].toInstant();
            v[7 + i] = PyInt.of(t.getEpochSecond());
            v[10 + i] = PyFloat.of(t.getEpochSecond() + t.getNano() * 1e-9);
            v[13 + i] = PyInt.of(BigInteger.valueOf(t.getEpochSecond()).multiply(BigInteger.valueOf(1_000_000_000L))
                    .add(BigInteger.valueOf(t.getNano())));
        }
        v[16] = PyInt.of(4096);
        v[17] = PyInt.of((size + 511) / 512);
        v[18] = PyInt.of(((Number) attrs.get("rdev")).longValue());
        return StructSeq.of(STAT_RESULT, v);
    }

    // CPython: Modules/posixmodule.c os_listdir_impl (names in directory order, which the JVM gives as readdir does)
    private static PyObject listdir(PyObject[] a, PyTuple kw) {
        PyObject[] p = Args.parse("listdir", a, 0, kw, new String[] {"path"}, 0, 1);
        PyObject arg = p[0] == null || p[0] == PyNone.NONE ? PyStr.of(".") : p[0];
        boolean bytes = arg instanceof PyBytes || (!(arg instanceof PyStr) && ModuleSupport.fspath(arg) instanceof PyBytes);
        Path dir = resolve(ModuleSupport.path("listdir", "path", arg));
        List<PyObject> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) throw osError(Files.exists(dir) ? 20 : 2, arg);
        try (var stream = Files.newDirectoryStream(dir)) {
            for (Path e : stream) {
                String n = e.getFileName().toString();
                out.add(bytes ? new PyBytes(n.getBytes(StandardCharsets.UTF_8)) : PyStr.of(n));
            }
        } catch (IOException e) {
            throw ioError(e, arg);
        }
        return new PyList(out);
    }

    static {
        // os.stat_result from a 10-sequence: the float times default to the integer ones
        // CPython: Modules/posixmodule.c statresult_new
        PyObject generic = STAT_RESULT.dict.get("__new__");
        BuiltinTypes.newMethod(STAT_RESULT, (args, kw) -> {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = STAT_RESULT;
            System.arraycopy(args, 0, all, 1, args.length);
            StructSeq.Value v = (StructSeq.Value) Abstract.call(generic, all, kw);
            for (int i = 0; i < 3; i++) if (v.hidden[i] == PyNone.NONE) v.hidden[i] = v.items[7 + i];
            return v;
        });
    }
}
