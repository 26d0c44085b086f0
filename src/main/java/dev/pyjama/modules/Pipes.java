package dev.pyjama.modules;

import dev.pyjama.interp.Gil;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Descriptors backed by Java streams rather than files: both ends of {@code os.pipe()}, and the
 * ends a child process's standard streams replace when {@code _posixsubprocess.fork_exec}
 * connects a pipe to the child (the JVM cannot hand a descriptor to a child, so the parent's end
 * is switched to the stream {@link Process} gives instead).
 */
// CPython: Modules/posixmodule.c os_pipe_impl (the kernel's pipe here is a Java buffer)
final class Pipes {
    private Pipes() {}

    /** One descriptor: a read end ({@code in}) or a write end ({@code out}); a {@link NetSocket} is a socket's. */
    static class End {
        volatile InputStream in;
        volatile OutputStream out;
        /** The other end of the same os.pipe(), for fork_exec to find. */
        End partner;
        /**
         * The child whose output {@code in} reads, or whose stdin {@code out} writes, once fork_exec
         * connected one (its exit means end of file for a read end, hang-up for a write end).
         */
        volatile Process child;
        /** O_NONBLOCK (os.set_blocking, fcntl F_SETFL, a socket's timeout): reads that would wait raise EAGAIN. */
        volatile boolean nonBlocking;
        /** What fcntl(F_GETPIPE_SZ) reports (F_SETPIPE_SZ sets it; the in-JVM buffer is unbounded anyway). */
        volatile int pipeSize = 65536;
    }

    static final Map<Integer, End> ENDS = new ConcurrentHashMap<>();

    static End get(int fd) {
        return ENDS.get(fd);
    }

    /** {@code os.pipe()}: two new descriptors, read end first. */
    static int[] pipe() {
        Buffer b = new Buffer();
        End r = new End(), w = new End();
        r.in = b.reader();
        w.out = b.writer();
        r.partner = w;
        w.partner = r;
        int rfd = FileDescriptors.allocate();
        ENDS.put(rfd, r);
        int wfd = FileDescriptors.allocate();
        ENDS.put(wfd, w);
        return new int[] {rfd, wfd};
    }

    /** os.read on a pipe: waits (without the GIL) for some bytes; empty at end of file. */
    static byte[] read(End e, int n) {
        if (e instanceof NetSocket s) return s.osRead(n);
        if (e.in == null) throw ModuleSupport.osError(9, null);
        if (e.nonBlocking && n > 0 && !readable(e)) throw ModuleSupport.osError(11, null); // BlockingIOError
        byte[] buf = new byte[n];
        int r;
        Gil gil = Gil.release();
        try {
            r = n == 0 ? 0 : e.in.read(buf, 0, n);
        } catch (IOException x) {
            r = -2;
        } finally {
            Gil.reacquire(gil);
        }
        if (r == -2) throw ModuleSupport.osError(5, null);
        if (r <= 0) return new byte[0];
        return r == n ? buf : java.util.Arrays.copyOf(buf, r);
    }

    static int write(End e, byte[] b) {
        if (e instanceof NetSocket s) return s.osWrite(b);
        if (e.out == null) throw ModuleSupport.osError(9, null);
        if (e.nonBlocking && e.child != null && !(e.out instanceof Buffer.Writer)) pump(e);
        if (e.nonBlocking && e.child != null && e.out instanceof Buffer.Writer w) {
            // the pumped buffer holds what a kernel pipe would: a short write when it fills, EAGAIN when full
            int n = w.buffer().offer(b, e.pipeSize);
            if (n < 0) throw ModuleSupport.osError(32, null);
            if (n == 0 && b.length > 0) throw ModuleSupport.osError(11, null);
            return n;
        }
        Gil gil = Gil.release();
        boolean broken = false;
        try {
            e.out.write(b);
            e.out.flush();
        } catch (IOException x) {
            broken = true;
        } finally {
            Gil.reacquire(gil);
        }
        if (broken) throw ModuleSupport.osError(32, null); // EPIPE: the reader has gone
        return b.length;
    }

    /**
     * A non-blocking write end of a child's stdin never waits: what it writes goes to an unbounded
     * buffer that a thread copies to the child (else a child that stops reading until its own output
     * is read would deadlock the event loop that writes to it). When the child's stdin breaks, the
     * buffer's reader closes, so the next write raises EPIPE and poll reports the end hung up.
     */
    private static void pump(End e) {
        OutputStream real = e.out;
        Buffer b = new Buffer();
        InputStream src = b.reader();
        e.out = b.writer();
        Thread t = new Thread(() -> {
            byte[] chunk = new byte[8192];
            try (src; real) {
                int n;
                while ((n = src.read(chunk, 0, chunk.length)) > 0) {
                    real.write(chunk, 0, n);
                    real.flush();
                }
            } catch (IOException x) {
                // the child closed its stdin or exited: the buffer's reader is closed by try-with-resources
            }
        }, "pyjama-stdin-pump");
        t.setDaemon(true);
        t.start();
    }

    static void close(int fd) {
        End e = ENDS.remove(fd);
        if (e instanceof NetSocket s) {
            synchronized (s) {
                s.release();
            }
            return;
        }
        try {
            if (e.in != null) e.in.close();
            if (e.out != null) e.out.close();
        } catch (IOException ignored) {
            // closing a child's stream that has already gone is not an error for os.close
        }
    }

    /** Whether a write would not block (select's readiness test): false only for a full pumped buffer. */
    static boolean writable(End e) {
        if (e.child != null && e.out instanceof Buffer.Writer w) {
            Buffer b = w.buffer();
            return b.readerGone() || b.size() < e.pipeSize;
        }
        return e.out != null;
    }

    /** Whether a read would not block (select's readiness test for pipes). */
    static boolean readable(End e) {
        if (e.in == null) {
            // a write end: poll reports it (POLLERR) only once its reader has gone
            return e.out instanceof Buffer.Writer w && w.buffer().readerGone() || e.child != null && !e.child.isAlive();
        }
        try {
            return e.in.available() > 0 || (e.in instanceof Buffer.Reader r && r.atEof())
                    || (e.child != null && !e.child.isAlive());
        } catch (IOException x) {
            return true;
        }
    }

    /** The in-JVM pipe: an unbounded byte queue; end of file once the write end is closed. */
    static final class Buffer {
        private byte[] data = new byte[4096];
        private int start, len;
        private boolean writerClosed, readerClosed;

        InputStream reader() {
            return new Reader();
        }

        OutputStream writer() {
            return new Writer();
        }

        synchronized int size() {
            return len;
        }

        /** Writes what fits under {@code capacity} bytes buffered: the count, 0 when full, -1 when the reader has gone. */
        synchronized int offer(byte[] b, int capacity) {
            if (readerClosed) return -1;
            int k = Math.min(b.length, capacity - len);
            if (k <= 0) return 0;
            try {
                new Writer().write(b, 0, k);
            } catch (IOException e) {
                return -1;
            }
            return k;
        }

        /** Whether the read end has been closed (a write end then polls readable, as POLLERR does). */
        boolean readerGone() {
            synchronized (this) {
                return readerClosed;
            }
        }

        final class Writer extends OutputStream {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int n) throws IOException {
                synchronized (Buffer.this) {
                    if (readerClosed) throw new IOException("Broken pipe");
                    if (start + len + n > data.length) {
                        byte[] d = new byte[Math.max(data.length * 2, len + n)];
                        System.arraycopy(data, start, d, 0, len);
                        data = d;
                        start = 0;
                    }
                    System.arraycopy(b, off, data, start + len, n);
                    len += n;
                    Buffer.this.notifyAll();
                }
            }

            @Override
            public void close() {
                synchronized (Buffer.this) {
                    writerClosed = true;
                    Buffer.this.notifyAll();
                }
            }

            Buffer buffer() {
                return Buffer.this;
            }
        }

        final class Reader extends InputStream {
            boolean atEof() {
                synchronized (Buffer.this) {
                    return len == 0 && writerClosed;
                }
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int n) throws IOException {
                synchronized (Buffer.this) {
                    while (len == 0 && !writerClosed) {
                        try {
                            Buffer.this.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IOException("interrupted");
                        }
                    }
                    if (len == 0) return -1;
                    int k = Math.min(n, len);
                    System.arraycopy(data, start, b, off, k);
                    start += k;
                    len -= k;
                    if (len == 0) start = 0;
                    return k;
                }
            }

            @Override
            public int available() {
                synchronized (Buffer.this) {
                    return len;
                }
            }

            @Override
            public void close() {
                synchronized (Buffer.this) {
                    readerClosed = true;
                    Buffer.this.notifyAll();
                }
            }
        }
    }
}
