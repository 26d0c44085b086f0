package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;

import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.PyByteArray;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code fcntl} over pyjama's simulated descriptors: the descriptor flags (F_GETFD/F_SETFD), the
 * status flags (F_GETFL/F_SETFL: O_NONBLOCK really makes pipes and sockets non-blocking),
 * F_DUPFD(_CLOEXEC), F_GETLK/F_SETLK(W) with a packed struct flock, F_GET/SETPIPE_SZ, flock and
 * lockf ({@link FileLocks}), and ioctl's FIONREAD; any other request fails as the kernel would for
 * such a descriptor (EINVAL, ENOTTY). The constants are CPython's on Linux, from the resource
 * tools/gen_fcntl_constants.py writes.
 */
// CPython: Modules/fcntlmodule.c
public final class FcntlModule {
    private FcntlModule() {}

    private static final Map<String, Long> CONSTANTS = load();
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4, F_GETLK = 5, F_SETLK = 6,
            F_SETLKW = 7, F_NOTIFY = 1026, F_SETPIPE_SZ = 1031, F_GETPIPE_SZ = 1032, F_DUPFD_CLOEXEC = 1030;
    private static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
    private static final int FIONREAD = 0x541B, EINVAL = 22, EBADF = 9, ENOTTY = 25;
    /** CPython copies a buffer argument into a 1024-byte array. */
    private static final int BUF_MAX = 1024;

    private static Map<String, Long> load() {
        Map<String, Long> m = new LinkedHashMap<>();
        try (InputStream raw = FcntlModule.class.getResourceAsStream("fcntl-constants.txt")) {
            if (raw == null) throw new IllegalStateException("resource fcntl-constants.txt is missing");
            BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] f = line.split(" ");
                m.put(f[0], Long.parseLong(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("fcntl");
        for (Map.Entry<String, Long> e : CONSTANTS.entrySet()) ModuleSupport.set(m, e.getKey(), PyInt.of(e.getValue()));
        // CPython: Modules/fcntlmodule.c fcntl_fcntl_impl
        def(m, "fcntl", (a, kw) -> {
            ModuleSupport.noKw("fcntl.fcntl", kw);
            dev.pyjama.interp.Args.checkPositional("fcntl", a.length, 2, 3);
            int fd = SelectModule.fd(a[0]);
            int cmd = cInt(a[1]);
            PyObject arg = a.length > 2 ? a[2] : PyInt.of(0);
            byte[] buf = bufferArg(arg);
            if (buf != null) {
                if (buf.length > BUF_MAX) throw Errors.valueError("fcntl string arg too long");
                return new PyBytes(withStruct(fd, cmd, buf));
            }
            return PyInt.of(fcntl(fd, cmd, unsignedMask(arg)));
        });
        // CPython: Modules/fcntlmodule.c fcntl_ioctl_impl
        def(m, "ioctl", (a, kw) -> {
            ModuleSupport.noKw("fcntl.ioctl", kw);
            dev.pyjama.interp.Args.checkPositional("ioctl", a.length, 2, 4);
            int fd = SelectModule.fd(a[0]);
            long request = unsignedMask(a[1]) & 0xffffffffL;
            PyObject arg = a.length > 2 ? a[2] : PyInt.of(0);
            boolean mutate = a.length <= 3 || dev.pyjama.interp.Abstract.isTrue(a[3]);
            if (!DescriptorFlags.valid(fd)) throw osError(EBADF, null);
            Pipes.End end = Pipes.get(fd);
            if (request != FIONREAD || end == null) throw osError(ENOTTY, null);
            byte[] buf = bufferArg(arg);
            if (buf == null) throw osError(14, null); // an int is taken as the address to write to: EFAULT
            if (buf.length > BUF_MAX) throw Errors.valueError("ioctl string arg too long");
            byte[] out = buf.clone();
            if (out.length >= 4) ByteBuffer.wrap(out).order(ByteOrder.nativeOrder()).putInt(0, available(end));
            if (mutate && arg instanceof PyByteArray ba) {
                System.arraycopy(out, 0, ba.buf, 0, Math.min(out.length, ba.size));
                return PyInt.of(0);
            }
            return new PyBytes(out);
        });
        def(m, "flock", (a, kw) -> {
            ModuleSupport.noKw("fcntl.flock", kw);
            dev.pyjama.interp.Args.checkPositional("flock", a.length, 2, 2);
            int fd = SelectModule.fd(a[0]);
            FileLocks.flock(fd, cInt(a[1]));
            return PyNone.NONE;
        });
        def(m, "lockf", (a, kw) -> {
            ModuleSupport.noKw("fcntl.lockf", kw);
            dev.pyjama.interp.Args.checkPositional("lockf", a.length, 2, 5);
            int fd = SelectModule.fd(a[0]);
            int code = cInt(a[1]);
            long len = a.length > 2 ? ModuleSupport.asLong(a[2]) : 0;
            long start = a.length > 3 ? ModuleSupport.asLong(a[3]) : 0;
            int whence = a.length > 4 ? ModuleSupport.asInt(a[4]) : 0;
            FileLocks.lockf(fd, code, len, start, whence);
            return PyNone.NONE;
        });
        return m;
    }

    /** A C int argument ("i"): OverflowError with CPython's message either way. */
    private static int cInt(PyObject o) {
        long v = ModuleSupport.asLong(o);
        if (v != (int) v) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C int");
        return (int) v;
    }

    /** An unsigned int argument ("I"): any int, its low 32 bits (PyLong_AsUnsignedLongMask); floats refused. */
    private static int unsignedMask(PyObject o) {
        if (o instanceof dev.pyjama.objects.PyFloat) throw Errors.typeError("'float' object cannot be interpreted as an integer");
        PyInt i = (PyInt) dev.pyjama.interp.Abstract.index(o);
        return i.fitsLong() ? (int) i.longValue() : i.bigValue().intValue();
    }

    /** A str or read-only buffer argument ("s#"), or null for an int. */
    private static byte[] bufferArg(PyObject arg) {
        if (arg instanceof PyStr s) return s.value().getBytes(StandardCharsets.UTF_8);
        return Buffers.bytesOrNull(arg);
    }

    private static Pipes.End pipe(int fd) {
        Pipes.End e = Pipes.get(fd);
        if (e == null || e instanceof NetSocket) throw osError(EBADF, null);
        return e;
    }

    private static int available(Pipes.End end) {
        try {
            if (end instanceof NetSocket) return 0;
            return end.in == null ? 0 : end.in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    /** fcntl with an int argument: the call's result. */
    static int fcntl(int fd, int cmd, int arg) {
        if (!DescriptorFlags.valid(fd)) throw osError(EBADF, null);
        switch (cmd) {
            case F_GETFD:
                return DescriptorFlags.getfd(fd);
            case F_SETFD:
                DescriptorFlags.setfd(fd, arg);
                return 0;
            case F_GETFL:
                return DescriptorFlags.getfl(fd);
            case F_SETFL:
                DescriptorFlags.setfl(fd, arg);
                return 0;
            case F_DUPFD:
            case F_DUPFD_CLOEXEC: {
                if (arg < 0) throw osError(EINVAL, null);
                int to = (int) ((PyInt) FileDescriptors.dup(fd, -1, arg)).longValue();
                DescriptorFlags.setInheritable(to, cmd == F_DUPFD);
                return to;
            }
            case F_GETPIPE_SZ:
                return pipe(fd).pipeSize;
            case F_SETPIPE_SZ: {
                Pipes.End e = pipe(fd);
                if (arg < 0) throw osError(EINVAL, null);
                int size = 4096;
                while (size < arg) size <<= 1;
                // the buffer here grows as needed: any size is granted, rounded as Linux rounds it, for both ends
                e.pipeSize = size;
                if (e.partner != null) e.partner.pipeSize = size;
                return size;
            }
            case F_NOTIFY:
                return 0; // accepted; no directory-change signals are ever sent (the JVM cannot watch for them this way)
            default:
                throw osError(EINVAL, null); // what Linux says of a command it has no use for here
        }
    }

    /**
     * fcntl with a buffer: the lock commands read a struct flock from it (x86-64 layout: short
     * l_type, short l_whence, 4 bytes of padding, off_t l_start, off_t l_len, pid_t l_pid);
     * the int commands see the buffer's address, which here is no flag worth setting, so they run
     * as a get would. The buffer comes back, changed as the kernel changes it.
     */
    private static byte[] withStruct(int fd, int cmd, byte[] buf) {
        byte[] out = buf.clone();
        if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
            if (!DescriptorFlags.valid(fd)) throw osError(EBADF, null);
            // CPython hands the kernel a copy in a 1024-byte array: a short buffer reads as zeros past its end
            ByteBuffer b = ByteBuffer.wrap(java.util.Arrays.copyOf(out, Math.max(32, out.length))).order(ByteOrder.nativeOrder());
            int type = b.getShort(0), whence = b.getShort(2);
            long start = b.getLong(8), len = b.getLong(16);
            if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK) throw osError(EINVAL, null);
            if (cmd == F_GETLK) {
                b.putShort(0, (short) F_UNLCK); // this process's own locks never block it
                return java.util.Arrays.copyOf(b.array(), out.length);
            }
            int code = type == F_UNLCK ? FileLocks.LOCK_UN : (type == F_RDLCK ? FileLocks.LOCK_SH : FileLocks.LOCK_EX)
                    | (cmd == F_SETLK ? FileLocks.LOCK_NB : 0);
            FileLocks.lockf(fd, code, len, start, whence);
            return out;
        }
        if (cmd == F_SETFD || cmd == F_SETFL || cmd == F_DUPFD || cmd == F_DUPFD_CLOEXEC || cmd == F_SETPIPE_SZ) {
            if (!DescriptorFlags.valid(fd)) throw osError(EBADF, null);
            return out;
        }
        fcntl(fd, cmd, 0);
        return out;
    }
}
