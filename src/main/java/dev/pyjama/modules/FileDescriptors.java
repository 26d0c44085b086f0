package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * File descriptors as posix numbers them: 0, 1 and 2 are the interpreter's standard streams,
 * and {@code os.open} hands out the lowest free number from 3 for a Java {@link FileChannel}.
 * The JVM cannot see real descriptors, so these numbers mean something only inside pyjama.
 */
// CPython: Modules/posixmodule.c os_open_impl, os_read_impl, os_write_impl, os_close_impl, os_lseek_impl
final class FileDescriptors {
    private FileDescriptors() {}

    static Path cwd = Path.of("").toAbsolutePath();

    /**
     * {@code status}: the open file's status flags as fcntl(F_GETFL) reports them (access mode,
     * O_APPEND, O_NONBLOCK), shared by its duplicates as the kernel's open file description is.
     * O_APPEND is done by hand (Java refuses READ with APPEND): every write goes to the end.
     * {@code shared} counts the descriptors ({@code os.dup}/{@code dup2}) using one channel, which
     * closes with the last of them. {@code std} is 0, 1 or 2 when this descriptor is a duplicate of
     * a standard stream (then {@code channel} is null), else -1.
     */
    private record Open(FileChannel channel, Path path, int[] status, int[] shared, int std) {
        Open(FileChannel channel, Path path, int status) {
            this(channel, path, new int[] {status}, new int[] {1}, -1);
        }

        boolean append() {
            return (status[0] & O_APPEND) != 0;
        }
    }

    static final int O_APPEND = 02000, O_NONBLOCK = 04000, O_LARGEFILE = 0100000;
    /** The status flags of the untouched standard streams: read-only 0, write-only 1 and 2. */
    private static final int[][] STD_STATUS = {{0}, {1}, {1}};

    /** The status-flag cell of file descriptor {@code fd} (shared with its duplicates), or null when no file has it. */
    static int[] status(int fd) {
        Open o = TABLE.get(fd);
        if (o != null) return o.status;
        return fd >= 0 && fd <= 2 ? STD_STATUS[fd] : null;
    }

    private static final Map<Integer, Open> TABLE = new HashMap<>();

    static Path pathOf(int fd) {
        Open o = TABLE.get(fd);
        if (o == null) {
            if (fd >= 0 && fd <= 2) return Path.of("/dev/fd/" + fd);
            throw osError(9, null);
        }
        return o.path;
    }

    /** The channel of the file {@code fd} opened, or null when it is no file (a standard stream, a pipe, closed). */
    static FileChannel channel(int fd) {
        Open o = TABLE.get(fd);
        return o == null ? null : o.channel;
    }

    /**
     * The lowest descriptor number from 3 that neither a file nor a pipe uses. It starts
     * non-inheritable, as every descriptor Python creates does (PEP 446).
     */
    static int allocate() {
        return allocate(3);
    }

    /** The lowest free descriptor number from {@code min} (fcntl's F_DUPFD). */
    static int allocate(int min) {
        int fd = Math.max(min, 3);
        while (TABLE.containsKey(fd) || Pipes.ENDS.containsKey(fd)) fd++;
        DescriptorFlags.CLOEXEC.add(fd);
        return fd;
    }

    /** {@code os.write(fd, data)} of the interpreter {@code in}; also for Java threads (faulthandler's watchdog). */
    static int write(Interpreter in, int fd, byte[] data) {
        Pipes.End pipe = Pipes.get(fd);
        if (pipe != null) return Pipes.write(pipe, data);
        int std = stdOf(fd);
        if (std == 1 || std == 2) {
            var s = std == 1 ? in.out : in.err;
            s.write(data, 0, data.length);
            s.flush();
            return data.length;
        }
        try {
            Open o = lookup(fd);
            if (o.append()) o.channel.position(o.channel.size());
            return o.channel.write(ByteBuffer.wrap(data));
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw osError(9, null);
        } catch (IOException e) {
            throw osError(5, null);
        }
    }

    private static Open lookup(int fd) {
        Open o = TABLE.get(fd);
        if (o == null || o.channel == null) throw osError(9, null);
        return o;
    }

    /** The standard stream (0, 1, 2) that {@code fd} writes to or reads from now, or -1 for a file. */
    static int stdOf(int fd) {
        Open o = TABLE.get(fd);
        if (o != null) return o.std;
        return fd >= 0 && fd <= 2 ? fd : -1;
    }

    /** Whether {@code fd} is a terminal: one of the standard streams, when the JVM has a console. */
    static boolean isatty(int fd) {
        return stdOf(fd) >= 0 && System.console() != null;
    }

    /** What {@code fd} refers to, for dup: a table entry, or a fresh one for an untouched 0, 1, 2. */
    private static Open entryOf(int fd) {
        Open o = TABLE.get(fd);
        if (o != null) return o;
        if (fd >= 0 && fd <= 2) return new Open(null, Path.of("/dev/fd/" + fd), STD_STATUS[fd], new int[] {0}, fd);
        throw osError(9, null);
    }

    /** Drops {@code fd}'s reference to its channel; the channel closes with its last descriptor. */
    private static void release(Open o) throws IOException {
        if (o.channel == null) return;
        // POSIX drops the process's record locks (lockf) on the file at any close, flock's with the last descriptor
        FileLocks.closed(o.path, o.status, o.shared[0] == 1);
        if (--o.shared[0] == 0) o.channel.close();
    }

    // CPython: Modules/posixmodule.c os_dup_impl, os_dup2_impl
    static PyObject dup(int fd, int target) {
        return dup(fd, target, 3);
    }

    /** dup to {@code target}, or (target &lt; 0) to the lowest free number from {@code min}. */
    static PyObject dup(int fd, int target, int min) {
        if (Pipes.get(fd) != null) throw osError(95, null); // pipes have one reader and one writer here
        Open src = entryOf(fd);
        if (target < 0) target = allocate(min);
        else if (target == fd) return PyInt.of(target);
        Open old = TABLE.remove(target);
        try {
            if (old != null) release(old);
        } catch (IOException e) {
            throw osError(5, null);
        }
        if (src.std == target) return PyInt.of(target); // back to the stream itself: no entry needed
        src.shared[0]++;
        TABLE.put(target, src);
        return PyInt.of(target);
    }

    static void install(PyModule m) {
        def(m, "open", (a, kw) -> {
            PyObject[] p = Args.parse("open", a, 0, kw, new String[] {"path", "flags", "mode", "dir_fd"}, 2, 3);
            String s = ModuleSupport.path("open", "path", p[0]);
            int flags = ModuleSupport.asInt(p[1]);
            Set<StandardOpenOption> opts = EnumSet.noneOf(StandardOpenOption.class);
            int acc = flags & 3;
            if (acc == 0 || acc == 2) opts.add(StandardOpenOption.READ);
            if (acc == 1 || acc == 2) opts.add(StandardOpenOption.WRITE);
            if ((flags & 0100) != 0) opts.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            if ((flags & 01000) != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
            Path path = PosixModule.resolve(s);
            if (java.nio.file.Files.isDirectory(path) && opts.contains(StandardOpenOption.WRITE)) throw osError(21, p[0]);
            // a file this call creates gets mode minus pyjama's umask, as open(2) gives it
            int mode = p[2] == null ? 0777 : ModuleSupport.asInt(p[2]);
            boolean creates = opts.contains(StandardOpenOption.CREATE_NEW)
                    || opts.contains(StandardOpenOption.CREATE) && !java.nio.file.Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            try {
                FileChannel ch = FileChannel.open(path, opts);
                if (creates) PosixFiles.applyCreated(path, mode, false);
                int fd = allocate();
                TABLE.put(fd, new Open(ch, path, (acc == 3 ? 2 : acc) | (flags & (O_APPEND | O_NONBLOCK)) | O_LARGEFILE));
                return PyInt.of(fd);
            } catch (IOException e) {
                throw PosixModule.ioError(e, p[0]);
            }
        });
        def(m, "close", (a, kw) -> {
            PyObject[] p = Args.parse("close", a, 0, kw, new String[] {"fd"}, 1, 1);
            int fd = ModuleSupport.asInt(p[0]);
            if (Pipes.get(fd) != null) {
                Pipes.close(fd);
                return PyNone.NONE;
            }
            Open o = TABLE.remove(fd);
            if (o == null) throw osError(9, null);
            try {
                release(o);
            } catch (IOException e) {
                throw osError(5, null);
            }
            return PyNone.NONE;
        });
        def(m, "dup", (a, kw) -> {
            ModuleSupport.positional("dup", a, kw, 1, 1);
            return dup(ModuleSupport.asInt(a[0]), -1);
        });
        def(m, "dup2", (a, kw) -> {
            PyObject[] p = Args.parse("dup2", a, 0, kw, new String[] {"fd", "fd2", "inheritable"}, 2, 3);
            int fd2 = ModuleSupport.asInt(p[1]);
            if (fd2 < 0) throw osError(9, null);
            PyObject r = dup(ModuleSupport.asInt(p[0]), fd2);
            // CPython: os_dup2_impl (inheritable by default, unlike every other new descriptor)
            DescriptorFlags.setInheritable(fd2, p[2] == null || dev.pyjama.interp.Abstract.isTrue(p[2]));
            return r;
        });
        def(m, "read", (a, kw) -> {
            ModuleSupport.positional("read", a, kw, 2, 2);
            int fd = ModuleSupport.asInt(a[0]);
            int n = ModuleSupport.asInt(a[1]);
            if (n < 0) throw osError(22, null);
            Pipes.End pipe = Pipes.get(fd);
            if (pipe != null) return new PyBytes(Pipes.read(pipe, n));
            if (stdOf(fd) == 0) {
                byte[] b;
                dev.pyjama.interp.Gil gil = dev.pyjama.interp.Gil.release(); // may block: other threads run meanwhile
                try {
                    java.io.InputStream in = Interpreter.current().stdin; // the interpreter's, not always the process's
                    b = in.readNBytes(Math.min(n, Math.max(1, in.available())));
                } catch (IOException e) {
                    b = null;
                } finally {
                    dev.pyjama.interp.Gil.reacquire(gil);
                }
                if (b == null) throw osError(5, null);
                return new PyBytes(b);
            }
            ByteBuffer buf = ByteBuffer.allocate(n);
            try {
                int r = lookup(fd).channel.read(buf);
                byte[] b = new byte[Math.max(r, 0)];
                buf.flip();
                buf.get(b);
                return new PyBytes(b);
            } catch (java.nio.channels.NonReadableChannelException e) {
                throw osError(9, null);
            } catch (IOException e) {
                throw osError(5, null);
            }
        });
        def(m, "write", (a, kw) -> {
            ModuleSupport.positional("write", a, kw, 2, 2);
            int fd = ModuleSupport.asInt(a[0]);
            byte[] data = Buffers.bytesOrNull(a[1]); // bytes, bytearray, memoryview, array
            if (data == null) {
                throw dev.pyjama.interp.Errors.typeError("a bytes-like object is required, not '" + a[1].typeName() + "'");
            }
            return PyInt.of(write(Interpreter.current(), fd, data));
        });
        def(m, "lseek", (a, kw) -> {
            ModuleSupport.positional("lseek", a, kw, 3, 3);
            FileChannel ch = lookup(ModuleSupport.asInt(a[0])).channel;
            long pos = ModuleSupport.asLong(a[1]);
            int how = ModuleSupport.asInt(a[2]);
            try {
                long base = how == 0 ? 0 : how == 1 ? ch.position() : ch.size();
                ch.position(base + pos);
                return PyInt.of(ch.position());
            } catch (IOException | IllegalArgumentException e) {
                throw osError(22, null);
            }
        });
        def(m, "ftruncate", (a, kw) -> {
            ModuleSupport.positional("ftruncate", a, kw, 2, 2);
            try {
                // Java moves a position past the new end back to it; POSIX leaves it where it is
                FileChannel ch = lookup(ModuleSupport.asInt(a[0])).channel;
                long keep = ch.position();
                ch.truncate(ModuleSupport.asLong(a[1]));
                ch.position(keep);
            } catch (IOException e) {
                throw osError(5, null);
            }
            return PyNone.NONE;
        });
    }
}
