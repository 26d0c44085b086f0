package dev.pyjama.modules;

import dev.pyjama.interp.Gil;
import dev.pyjama.objects.ExceptionTypes;
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.interp.Abstract;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * One kernel socket as pyjama's descriptor table holds it: a java.nio channel, always in
 * non-blocking mode, so that select/poll can register it with a {@link Selector} whatever
 * the Python object's timeout says; blocking and timed calls wait on a selector themselves
 * (without the GIL) and try again. A stream socket is a {@link SocketChannel} once it connects,
 * or a {@link ServerSocketChannel} once it binds (Java listens as soon as a server channel binds,
 * so an address and port exist right after bind(), as getsockname() needs).
 * Several descriptors (socket.dup) may share one: the channel closes with the last of them.
 */
// CPython: Modules/socketmodule.c sock_call_ex (the wait-and-retry loop of every blocking call)
final class NetSocket extends Pipes.End {
    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_DGRAM = 2;
    static final int EAGAIN = 11, EINPROGRESS = 115, EISCONN = 106, ENOTCONN = 107, EINVAL = 22, EBADF = 9;

    final int family, kind, proto;
    volatile SelectableChannel channel;
    int refs = 1;
    boolean closed;
    /** Options set before the channel exists (SO_REUSEADDR, TCP_NODELAY...): applied when it opens. */
    final java.util.Map<java.net.SocketOption<Object>, Object> pending = new java.util.LinkedHashMap<>();
    /** A pending non-blocking connect's failure, kept for getsockopt(SO_ERROR). */
    int connectErrno;
    boolean shutRead, shutWrite;
    /** A socketpair end: no address either side, though Java's pair met at a (deleted) path. */
    boolean unnamed;

    NetSocket(int family, int kind, int proto) {
        this.family = family;
        this.kind = kind;
        this.proto = proto;
    }

    NetSocket(SelectableChannel ch, int family, int kind, int proto) {
        this(family, kind, proto);
        this.channel = ch;
    }

    private StandardProtocolFamily pf() {
        return family == AF_UNIX ? StandardProtocolFamily.UNIX : family == AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /** The channel, opened now for datagram sockets (they need no decision between client and server). */
    SelectableChannel channel() {
        if (closed) throw ModuleSupport.osError(EBADF, null);
        if (channel == null && kind == SOCK_DGRAM) {
            try {
                channel = configure(DatagramChannel.open(pf()));
            } catch (IOException | UnsupportedOperationException e) {
                throw error(e);
            }
        }
        return channel;
    }

    @SuppressWarnings("unchecked")
    private <C extends SelectableChannel> C configure(C ch) throws IOException {
        ch.configureBlocking(false);
        for (var e : pending.entrySet()) {
            if (((NetworkChannel) ch).supportedOptions().contains(e.getKey())) ((NetworkChannel) ch).setOption(e.getKey(), e.getValue());
        }
        return ch;
    }

    void bind(SocketAddress addr) {
        try {
            if (channel() instanceof DatagramChannel d) {
                d.bind(addr);
            } else if (channel != null) {
                throw ModuleSupport.osError(EINVAL, null);
            } else {
                ServerSocketChannel s = ServerSocketChannel.open(pf());
                try {
                    configure(s).bind(addr, 128);
                } catch (IOException | RuntimeException e) {
                    s.close();
                    throw e;
                }
                channel = s;
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw error(e);
        }
    }

    /** connect(): true once connected; false while a non-blocking connect is in progress. */
    boolean startConnect(SocketAddress addr) {
        try {
            SelectableChannel ch = channel();
            if (ch instanceof DatagramChannel d) {
                d.connect(addr);
                return true;
            }
            if (ch instanceof SocketChannel s) {
                if (s.isConnected()) throw ModuleSupport.osError(EISCONN, null);
                if (s.isConnectionPending()) return finishConnect();
            }
            SocketChannel s = configure(SocketChannel.open(pf()));
            if (ch instanceof ServerSocketChannel server) {
                // bound before connecting: the client keeps the local address bind() gave
                SocketAddress local = server.getLocalAddress();
                server.close();
                s.bind(local);
            }
            channel = s;
            connectErrno = 0;
            return s.connect(addr);
        } catch (IOException | UnsupportedOperationException | java.nio.channels.UnresolvedAddressException e) {
            throw error(e);
        }
    }

    /** Completes a pending connect: true when done, false while still pending; errors as OSError. */
    boolean finishConnect() {
        try {
            return ((SocketChannel) channel).finishConnect();
        } catch (IOException e) {
            PyException err = error(e);
            connectErrno = errnoOf(err);
            throw err;
        }
    }

    /** Whether the socket is ready for {@code ops} (SelectionKey.OP_*) now, or within {@code timeout} seconds (negative: for ever). */
    boolean await(int ops, double timeout) {
        SelectableChannel ch = channel();
        if (ch == null) return true;
        int valid = ops & ch.validOps();
        if (valid == 0) return true;
        Selector sel = Selectors.local();
        Gil gil = Gil.release();
        try {
            SelectionKey key = ch.register(sel, valid);
            try {
                long ms = timeout < 0 ? 0 : Math.max(1, (long) Math.ceil(timeout * 1000));
                int n = timeout == 0 ? sel.selectNow() : sel.select(ms);
                return n > 0;
            } finally {
                key.cancel();
                sel.selectNow();
            }
        } catch (ClosedChannelException e) {
            return true; // the call that follows reports EBADF
        } catch (IOException e) {
            return true;
        } finally {
            Gil.reacquire(gil);
        }
    }

    /** Waits for {@code ops} as the socket's timeout says: BlockingIOError when non-blocking, TimeoutError("timed out"). */
    void waitFor(int ops, double timeout, boolean nonBlockingErrno) {
        if (timeout == 0) throw ModuleSupport.osError(EAGAIN, null);
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            double left = timeout < 0 ? -1 : (deadline - System.nanoTime()) / 1e9;
            if (timeout >= 0 && left <= 0) throw timedOut();
            if (await(ops, left < 0 ? -1 : left)) return;
            Gil.handleEvalBreaker();
        }
    }

    static PyException timedOut() {
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.TIMEOUT_ERROR, PyStr.of("timed out")));
    }

    /** One read attempt: bytes read, -1 at end of stream, 0 when it would block. */
    int readOnce(ByteBuffer buf) {
        try {
            SelectableChannel ch = channel();
            if (ch instanceof SocketChannel s) {
                if (shutRead) return -1;
                if (s.isConnectionPending() && !finishConnect()) return 0;
                return s.read(buf);
            }
            if (ch instanceof DatagramChannel d) {
                if (!d.isConnected()) throw ModuleSupport.osError(ENOTCONN, null);
                return d.read(buf);
            }
            throw ModuleSupport.osError(ENOTCONN, null);
        } catch (IOException | java.nio.channels.NotYetConnectedException e) {
            throw error(e);
        }
    }

    int writeOnce(ByteBuffer buf) {
        try {
            SelectableChannel ch = channel();
            if (shutWrite) throw ModuleSupport.osError(32, null);
            if (ch instanceof SocketChannel s) {
                if (s.isConnectionPending() && !finishConnect()) return 0;
                return s.write(buf);
            }
            if (ch instanceof DatagramChannel d) {
                if (!d.isConnected()) throw ModuleSupport.osError(89, null); // EDESTADDRREQ
                return d.write(buf);
            }
            throw ModuleSupport.osError(ch == null ? 32 : ENOTCONN, null);
        } catch (IOException | java.nio.channels.NotYetConnectedException e) {
            throw error(e);
        }
    }

    /** The last descriptor sharing this socket went: the channel closes. */
    void release() {
        if (--refs > 0) return;
        closed = true;
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // close reports nothing more to Python
        }
    }

    /** os.read on a socket's descriptor: blocking unless the descriptor is O_NONBLOCK (a timeout sets it, as in CPython). */
    byte[] osRead(int n) {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (true) {
            int r = readOnce(b);
            if (r != 0 || n == 0) return java.util.Arrays.copyOf(b.array(), Math.max(r, 0));
            if (nonBlocking) throw ModuleSupport.osError(EAGAIN, null);
            waitFor(SelectionKey.OP_READ, -1, false);
        }
    }

    int osWrite(byte[] data) {
        ByteBuffer b = ByteBuffer.wrap(data);
        while (b.hasRemaining()) {
            if (writeOnce(b) != 0) continue;
            if (nonBlocking && b.position() == 0) throw ModuleSupport.osError(EAGAIN, null);
            if (nonBlocking) return b.position(); // a short write, as the kernel's when its buffer fills
            waitFor(SelectionKey.OP_WRITE, -1, false);
        }
        return data.length;
    }

    static int errnoOf(PyException e) {
        PyObject v = Abstract.getattr(e.value(), PyStr.of("errno"));
        return v instanceof PyInt i ? (int) i.longValue() : 5;
    }

    /** A Java I/O failure as CPython's OSError: errno from what the JDK's message says (it passes strerror on). */
    static PyException error(Throwable e) {
        if (e instanceof PyException p) return p;
        if (e instanceof ClosedChannelException) return ModuleSupport.osError(EBADF, null);
        if (e instanceof java.nio.channels.UnresolvedAddressException) return SocketAddresses.gaiError(-2);
        if (e instanceof java.nio.channels.AlreadyConnectedException) return ModuleSupport.osError(EISCONN, null);
        if (e instanceof java.nio.channels.NotYetConnectedException) return ModuleSupport.osError(ENOTCONN, null);
        if (e instanceof UnsupportedOperationException || e instanceof java.nio.channels.UnsupportedAddressTypeException) {
            return ModuleSupport.osError(97, null); // EAFNOSUPPORT
        }
        String m = String.valueOf(e.getMessage());
        int best = 0;
        for (int i = 1; i < ErrnoTable.MESSAGES.length; i++) {
            String s = ErrnoTable.MESSAGES[i];
            if (s != null && !s.isEmpty() && m.contains(s) && (best == 0 || s.length() > ErrnoTable.MESSAGES[best].length())) best = i;
        }
        if (best != 0) return ModuleSupport.osError(best, null);
        if (e instanceof java.net.ConnectException) return ModuleSupport.osError(111, null);
        if (e instanceof java.net.BindException) return ModuleSupport.osError(98, null);
        if (e instanceof java.net.NoRouteToHostException) return ModuleSupport.osError(113, null);
        return ModuleSupport.osError(5, null);
    }
}
