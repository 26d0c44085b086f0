package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.osError;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flags the kernel keeps for a descriptor, for pyjama's simulated ones: FD_CLOEXEC (the
 * descriptor's own flag, which os.get_inheritable reads) and the status flags of what it opened
 * (access mode, O_APPEND, O_NONBLOCK), which os.get_blocking and fcntl's F_GETFL/F_SETFL read.
 * A pipe's or socket's O_NONBLOCK lives on its {@link Pipes.End} (reads then raise
 * BlockingIOError); a file's lives in {@link FileDescriptors}' shared status cell.
 */
// CPython: Python/fileutils.c _Py_get_inheritable, _Py_set_inheritable, _Py_get_blocking, _Py_set_blocking
final class DescriptorFlags {
    private DescriptorFlags() {}

    static final int FD_CLOEXEC = 1, O_ACCMODE = 3;
    /** The status flags F_SETFL may change on Linux (O_APPEND, O_NONBLOCK, O_ASYNC, O_DIRECT, O_NOATIME). */
    private static final int SETTABLE = 02000 | 04000 | 020000 | 040000 | 01000000;

    /** Descriptors with FD_CLOEXEC set: every new one but 0, 1, 2 and dup2's targets (PEP 446). */
    static final Set<Integer> CLOEXEC = ConcurrentHashMap.newKeySet();

    /** Whether {@code fd} is open (a file, a pipe end, a socket or a standard stream). */
    static boolean valid(int fd) {
        return fd >= 0 && (Pipes.get(fd) != null || FileDescriptors.status(fd) != null);
    }

    private static void check(int fd) {
        if (!valid(fd)) throw osError(9, null);
    }

    static int getfd(int fd) {
        check(fd);
        return CLOEXEC.contains(fd) ? FD_CLOEXEC : 0;
    }

    static void setfd(int fd, int flags) {
        check(fd);
        if ((flags & FD_CLOEXEC) != 0) CLOEXEC.add(fd);
        else CLOEXEC.remove(fd);
    }

    static void setInheritable(int fd, boolean inheritable) {
        setfd(fd, inheritable ? 0 : FD_CLOEXEC);
    }

    static int getfl(int fd) {
        Pipes.End e = Pipes.get(fd);
        if (e != null) {
            int acc = e instanceof NetSocket ? 2 : e.in != null ? 0 : 1;
            return acc | (e.nonBlocking ? FileDescriptors.O_NONBLOCK : 0);
        }
        int[] st = FileDescriptors.status(fd);
        if (st == null) throw osError(9, null);
        return st[0];
    }

    static void setfl(int fd, int flags) {
        Pipes.End e = Pipes.get(fd);
        if (e != null) {
            e.nonBlocking = (flags & FileDescriptors.O_NONBLOCK) != 0;
            return;
        }
        int[] st = FileDescriptors.status(fd);
        if (st == null) throw osError(9, null);
        st[0] = (st[0] & ~SETTABLE) | (flags & SETTABLE);
    }

    /** A socket object's timeout decides its descriptor's O_NONBLOCK, as CPython's internal_setblocking does. */
    static void socketTimeout(int fd, double timeout) {
        if (fd >= 0 && Pipes.get(fd) instanceof NetSocket n) n.nonBlocking = timeout >= 0;
    }

    private static final int O_CLOEXEC = 02000000, O_DIRECT = 040000;

    static void install(PyModule m) {
        // CPython: Modules/posixmodule.c os_pipe2_impl (Linux's pipe2 takes O_CLOEXEC, O_DIRECT, O_NONBLOCK)
        def(m, "pipe2", (a, kw) -> {
            ModuleSupport.positional("pipe2", a, kw, 1, 1);
            int flags = ModuleSupport.asInt(a[0]);
            if ((flags & ~(O_CLOEXEC | O_DIRECT | FileDescriptors.O_NONBLOCK)) != 0) throw osError(22, null);
            int[] fds = Pipes.pipe();
            for (int fd : fds) {
                Pipes.get(fd).nonBlocking = (flags & FileDescriptors.O_NONBLOCK) != 0;
                setInheritable(fd, (flags & O_CLOEXEC) == 0);
            }
            return dev.pyjama.objects.PyTuple.of(dev.pyjama.objects.PyInt.of(fds[0]), dev.pyjama.objects.PyInt.of(fds[1]));
        });
        def(m, "get_inheritable", (a, kw) -> {
            PyObject[] p = Args.parse("get_inheritable", a, 0, kw, new String[] {"fd"}, 1, 1);
            return PyBool.of(getfd(ModuleSupport.asInt(p[0])) == 0);
        });
        def(m, "set_inheritable", (a, kw) -> {
            PyObject[] p = Args.parse("set_inheritable", a, 0, kw, new String[] {"fd", "inheritable"}, 2, 2);
            setInheritable(ModuleSupport.asInt(p[0]), Abstract.isTrue(p[1]));
            return PyNone.NONE;
        });
        def(m, "get_blocking", (a, kw) -> {
            PyObject[] p = Args.parse("get_blocking", a, 0, kw, new String[] {"fd"}, 1, 1);
            return PyBool.of((getfl(ModuleSupport.asInt(p[0])) & FileDescriptors.O_NONBLOCK) == 0);
        });
        def(m, "set_blocking", (a, kw) -> {
            PyObject[] p = Args.parse("set_blocking", a, 0, kw, new String[] {"fd", "blocking"}, 2, 2);
            int fd = ModuleSupport.asInt(p[0]);
            int fl = getfl(fd);
            setfl(fd, Abstract.isTrue(p[1]) ? fl & ~FileDescriptors.O_NONBLOCK : fl | FileDescriptors.O_NONBLOCK);
            return PyNone.NONE;
        });
    }
}
