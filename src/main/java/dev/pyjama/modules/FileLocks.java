package dev.pyjama.modules;

import dev.pyjama.interp.Gil;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * flock and lockf over pyjama's simulated descriptors. Inside the process the kernel's rules
 * are kept here: flock locks belong to an open file description (a descriptor and its dups), so
 * two os.open of one file conflict; lockf's record locks belong to the process, so they never
 * conflict with each other. Against other processes, one java.nio {@link FileLock} over the whole
 * file is held while anything in this process holds a lock on it (the JDK takes fcntl record
 * locks, so another pyjama process sees it; byte ranges are not told apart across processes).
 */
// CPython: Modules/fcntlmodule.c fcntl_flock_impl, fcntl_lockf_impl
final class FileLocks {
    private FileLocks() {}

    static final int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, LOCK_UN = 8;
    private static final int EAGAIN = 11, EBADF = 9, EINVAL = 22;
    /** The owner of every lockf lock: the process. */
    private static final Object PROCESS = new Object();

    /** One lock held in this process: flock's are whole-file, owned by an open file description. */
    private record Held(Object owner, boolean exclusive, long start, long end) {}

    private static final class FileState {
        final List<Held> held = new ArrayList<>();
        FileLock javaLock;
    }

    private static final Map<Path, FileState> FILES = new HashMap<>();

    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    /** fcntl.flock(fd, operation). Pipes, sockets and the standard streams lock trivially, as on Linux. */
    static void flock(int fd, int op) {
        int cmd = op & ~LOCK_NB;
        if (cmd != LOCK_SH && cmd != LOCK_EX && cmd != LOCK_UN) throw ModuleSupport.osError(EINVAL, null);
        if (!DescriptorFlags.valid(fd)) throw ModuleSupport.osError(EBADF, null);
        FileChannel ch = FileDescriptors.channel(fd);
        if (ch == null) return;
        Object owner = FileDescriptors.status(fd); // the open file description's shared cell
        Path path = key(FileDescriptors.pathOf(fd));
        if (cmd == LOCK_UN) {
            synchronized (FILES) {
                drop(path, h -> h.owner == owner && h.start < 0);
            }
            return;
        }
        // flock's holds are marked by start -1: whole file, kept apart from lockf's ranges
        acquire(path, ch, new Held(owner, cmd == LOCK_EX, -1, Long.MAX_VALUE), (op & LOCK_NB) != 0, true);
    }

    /** fcntl.lockf(fd, cmd, len, start, whence): a POSIX record lock of this process. */
    static void lockf(int fd, int code, long len, long start, int whence) {
        boolean unlock = code == LOCK_UN;
        boolean exclusive;
        if (unlock) exclusive = false;
        else if ((code & LOCK_SH) != 0) exclusive = false;
        else if ((code & LOCK_EX) != 0) exclusive = true;
        else throw dev.pyjama.interp.Errors.valueError("unrecognized lockf argument");
        if (!DescriptorFlags.valid(fd)) throw ModuleSupport.osError(EBADF, null);
        FileChannel ch = FileDescriptors.channel(fd);
        if (ch == null) return;
        int acc = FileDescriptors.status(fd)[0] & DescriptorFlags.O_ACCMODE;
        // F_WRLCK needs a descriptor open for writing, F_RDLCK one open for reading
        if (!unlock && (exclusive ? acc == 0 : acc == 1)) throw ModuleSupport.osError(EBADF, null);
        long base;
        try {
            base = whence == 0 ? 0 : whence == 1 ? ch.position() : whence == 2 ? ch.size() : -1;
        } catch (IOException e) {
            throw ModuleSupport.osError(5, null);
        }
        if (base < 0) throw ModuleSupport.osError(EINVAL, null);
        long from = base + start;
        long to = len == 0 ? Long.MAX_VALUE : from + len;
        if (len < 0) {
            to = from;
            from = from + len;
        }
        if (from < 0) throw ModuleSupport.osError(EINVAL, null);
        Path path = key(FileDescriptors.pathOf(fd));
        long f = from, t = to;
        synchronized (FILES) {
            // the process's own locks on the range are replaced (POSIX splits them; here they go whole)
            drop(path, h -> h.owner == PROCESS && h.start < t && f < h.end);
        }
        if (!unlock) acquire(path, ch, new Held(PROCESS, exclusive, from, to), (code & LOCK_NB) != 0, false);
    }

    /** A descriptor of {@code path} closed: the process's lockf locks go, flock's with its description's last descriptor. */
    static void closed(Path path, Object description, boolean last) {
        synchronized (FILES) {
            if (FILES.isEmpty()) return; // the common case: no lock anywhere, no path to resolve
        }
        Path k = key(path);
        synchronized (FILES) {
            if (!FILES.containsKey(k)) return;
            drop(k, h -> h.owner == PROCESS || last && h.owner == description);
        }
    }

    private static void acquire(Path path, FileChannel ch, Held want, boolean noWait, boolean isFlock) {
        while (true) {
            synchronized (FILES) {
                FileState st = FILES.computeIfAbsent(path, p -> new FileState());
                boolean conflict = false;
                for (Held h : st.held) {
                    if (h.owner != want.owner && (h.start < 0) == isFlock && (h.exclusive || want.exclusive)) conflict = true;
                }
                if (!conflict && st.javaLock == null) conflict = !javaLock(st, ch, want.exclusive);
                if (!conflict) {
                    if (isFlock) st.held.removeIf(h -> h.owner == want.owner && h.start < 0); // conversion
                    st.held.add(want);
                    return;
                }
                if (st.held.isEmpty()) FILES.remove(path);
            }
            if (noWait) throw ModuleSupport.osError(EAGAIN, null);
            Gil gil = Gil.release(); // blocked like flock(2) without LOCK_NB: other threads run, signals are seen
            try {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
            } finally {
                Gil.reacquire(gil);
            }
            Gil.handleEvalBreaker();
        }
    }

    /** Takes the whole-file lock other processes see; false when one of them holds a conflicting lock. */
    private static boolean javaLock(FileState st, FileChannel ch, boolean exclusive) {
        try {
            // an exclusive java.nio lock needs a writable channel; flock(LOCK_EX) does not
            boolean shared = !exclusive;
            try {
                st.javaLock = ch.tryLock(0, Long.MAX_VALUE, shared);
            } catch (java.nio.channels.NonWritableChannelException | java.nio.channels.NonReadableChannelException e) {
                st.javaLock = ch.tryLock(0, Long.MAX_VALUE, !shared);
            }
            return st.javaLock != null;
        } catch (OverlappingFileLockException e) {
            return true; // held through another channel of this process
        } catch (IOException e) {
            return true; // a file system without locks: in-process rules only
        }
    }

    private static void drop(Path path, java.util.function.Predicate<Held> which) {
        FileState st = FILES.get(path);
        if (st == null) return;
        st.held.removeIf(which);
        if (st.held.isEmpty()) {
            try {
                if (st.javaLock != null && st.javaLock.isValid()) st.javaLock.release();
            } catch (IOException ignored) {
                // the channel closed first: the lock went with it
            }
            FILES.remove(path);
        }
    }
}
