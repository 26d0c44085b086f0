package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.modules.SocketModule.net;
import static dev.pyjama.modules.SocketModule.rest;
import static dev.pyjama.modules.SocketModule.sock;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** The socket methods that talk to the network: bind, listen, accept, connect, send and receive, options. */
// CPython: Modules/socketmodule.c sock_bind, sock_listen, sock_accept, sock_connect, sock_send, sock_recv...
final class SocketIo {
    private SocketIo() {}

    private static final int SOL_SOCKET = 1, IPPROTO_TCP = 6;

    private static SocketAddress address(SocketModule.Sock s, PyObject addr, String fn) {
        return SocketAddresses.toJava(s.family, addr, fn);
    }

    private static byte[] data(PyObject o) {
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + o.typeName() + "'");
        return b;
    }

    private static int size(PyObject o, String fn) {
        int n = ModuleSupport.asInt(o);
        if (n < 0) throw Errors.valueError("negative buffersize in " + fn);
        return n;
    }

    /** One receive, waiting as the timeout says: the bytes and, for datagrams, where they came from. */
    private static Object[] receive(SocketModule.Sock s, int n, boolean from) {
        NetSocket ns = net(s);
        ByteBuffer b = ByteBuffer.allocate(n);
        while (true) {
            SelectableChannel ch = ns.channel();
            if (ch instanceof DatagramChannel d) {
                SocketAddress src;
                try {
                    src = d.receive(b);
                } catch (IOException e) {
                    throw NetSocket.error(e);
                }
                if (src != null) return new Object[] {java.util.Arrays.copyOf(b.array(), b.position()), src};
            } else {
                int r = ns.readOnce(b);
                if (r != 0 || n == 0) {
                    SocketAddress peer = null;
                    if (from && ch instanceof SocketChannel sc) {
                        try {
                            peer = sc.getRemoteAddress();
                        } catch (IOException ignored) {
                            // a closed peer has no address: recvfrom says None
                        }
                    }
                    return new Object[] {java.util.Arrays.copyOf(b.array(), Math.max(r, 0)), peer};
                }
            }
            ns.waitFor(SelectionKey.OP_READ, s.timeout, true);
        }
    }

    /** One send (part of the data, maybe), waiting as the timeout says; {@code to} for unconnected datagrams. */
    private static int sendOnce(SocketModule.Sock s, ByteBuffer b, SocketAddress to, double timeout) {
        NetSocket ns = net(s);
        while (true) {
            int w;
            if (to != null) {
                if (!(ns.channel() instanceof DatagramChannel d)) throw ModuleSupport.osError(NetSocket.EISCONN, null);
                try {
                    w = d.send(b, to);
                } catch (IOException | java.nio.channels.UnresolvedAddressException e) {
                    throw NetSocket.error(e);
                }
                if (w > 0 || !b.hasRemaining()) return w;
            } else {
                w = ns.writeOnce(b);
                if (w > 0 || !b.hasRemaining()) return w;
            }
            ns.waitFor(SelectionKey.OP_WRITE, timeout, true);
        }
    }

    private static PyObject fromAddress(SocketModule.Sock s, SocketAddress a) {
        return a == null ? PyNone.NONE : SocketAddresses.fromJava(a, s.family);
    }

    static void install(PyType t) {
        put(t, "bind", (args, kw) -> {
            ModuleSupport.positional("bind", rest(args), kw, 1, 1);
            SocketModule.Sock s = sock(args[0]);
            net(s).bind(address(s, args[1], "bind"));
            return PyNone.NONE;
        });
        put(t, "listen", (args, kw) -> {
            ModuleSupport.positional("listen", rest(args), kw, 0, 1);
            SocketModule.Sock s = sock(args[0]);
            NetSocket ns = net(s);
            if (ns.kind != NetSocket.SOCK_STREAM) throw ModuleSupport.osError(95, null); // EOPNOTSUPP
            if (ns.channel == null) {
                // listen() on an unbound socket: the kernel picks a port (a path for AF_UNIX it cannot)
                ns.bind(SocketAddresses.toJava(s.family, s.family == 1 ? dev.pyjama.objects.PyStr.of("")
                        : PyTuple.of(dev.pyjama.objects.PyStr.of(""), PyInt.of(0)), "listen"));
            } else if (!(ns.channel instanceof ServerSocketChannel)) {
                throw ModuleSupport.osError(NetSocket.EINVAL, null);
            }
            return PyNone.NONE;
        });
        // CPython: Modules/socketmodule.c sock_accept (returns (fd, address); socket.py wraps the fd)
        put(t, "_accept", (args, kw) -> {
            SocketModule.Sock s = sock(args[0]);
            NetSocket ns = net(s);
            if (!(ns.channel() instanceof ServerSocketChannel server)) throw ModuleSupport.osError(NetSocket.EINVAL, null);
            while (true) {
                SocketChannel c;
                try {
                    c = server.accept();
                    if (c != null) c.configureBlocking(false);
                } catch (IOException e) {
                    throw NetSocket.error(e);
                }
                if (c != null) {
                    SocketAddress peer;
                    try {
                        peer = c.getRemoteAddress();
                    } catch (IOException e) {
                        peer = null;
                    }
                    int fd = SocketModule.register(new NetSocket(c, ns.family, ns.kind, ns.proto));
                    // an AF_UNIX client that never bound has no name: CPython gives ''
                    return PyTuple.of(PyInt.of(fd), SocketAddresses.fromJava(peer, s.family));
                }
                ns.waitFor(SelectionKey.OP_ACCEPT, s.timeout, true);
            }
        });
        put(t, "connect", (args, kw) -> {
            ModuleSupport.positional("connect", rest(args), kw, 1, 1);
            int err = connect(sock(args[0]), args[1], true);
            if (err != 0) throw ModuleSupport.osError(err, null);
            return PyNone.NONE;
        });
        put(t, "connect_ex", (args, kw) -> {
            ModuleSupport.positional("connect_ex", rest(args), kw, 1, 1);
            return PyInt.of(connect(sock(args[0]), args[1], false));
        });
        put(t, "recv", (args, kw) -> {
            ModuleSupport.positional("recv", rest(args), kw, 1, 2);
            return new PyBytes((byte[]) receive(sock(args[0]), size(args[1], "recv"), false)[0]);
        });
        put(t, "recvfrom", (args, kw) -> {
            ModuleSupport.positional("recvfrom", rest(args), kw, 1, 2);
            SocketModule.Sock s = sock(args[0]);
            Object[] r = receive(s, size(args[1], "recvfrom"), true);
            return PyTuple.of(new PyBytes((byte[]) r[0]), fromAddress(s, (SocketAddress) r[1]));
        });
        put(t, "recv_into", (args, kw) -> {
            PyObject[] p = Args.parse("recv_into", rest(args), 0, kw, new String[] {"buffer", "nbytes", "flags"}, 1, 3);
            SocketModule.Sock s = sock(args[0]);
            Object[] r = receive(s, intoSize(p[0], p[1], "recv_into"), false);
            byte[] b = (byte[]) r[0];
            IoBase.storeInto(p[0], b, b.length);
            return PyInt.of(b.length);
        });
        put(t, "recvfrom_into", (args, kw) -> {
            PyObject[] p = Args.parse("recvfrom_into", rest(args), 0, kw, new String[] {"buffer", "nbytes", "flags"}, 1, 3);
            SocketModule.Sock s = sock(args[0]);
            Object[] r = receive(s, intoSize(p[0], p[1], "recvfrom_into"), true);
            byte[] b = (byte[]) r[0];
            IoBase.storeInto(p[0], b, b.length);
            return PyTuple.of(PyInt.of(b.length), fromAddress(s, (SocketAddress) r[1]));
        });
        put(t, "send", (args, kw) -> {
            ModuleSupport.positional("send", rest(args), kw, 1, 2);
            SocketModule.Sock s = sock(args[0]);
            return PyInt.of(sendOnce(s, ByteBuffer.wrap(data(args[1])), null, s.timeout));
        });
        // CPython: Modules/socketmodule.c sock_sendall (the timeout bounds the whole call, since 3.5)
        put(t, "sendall", (args, kw) -> {
            ModuleSupport.positional("sendall", rest(args), kw, 1, 2);
            SocketModule.Sock s = sock(args[0]);
            ByteBuffer b = ByteBuffer.wrap(data(args[1]));
            long deadline = s.timeout > 0 ? System.nanoTime() + (long) (s.timeout * 1e9) : 0;
            while (b.hasRemaining()) {
                double left = s.timeout > 0 ? (deadline - System.nanoTime()) / 1e9 : s.timeout;
                if (s.timeout > 0 && left <= 0) throw NetSocket.timedOut();
                sendOnce(s, b, null, left);
                dev.pyjama.interp.Gil.handleEvalBreaker();
            }
            return PyNone.NONE;
        });
        put(t, "sendto", (args, kw) -> {
            ModuleSupport.positional("sendto", rest(args), kw, 2, 3);
            SocketModule.Sock s = sock(args[0]);
            PyObject addr = args.length == 4 ? args[3] : args[2];
            return PyInt.of(sendOnce(s, ByteBuffer.wrap(data(args[1])), address(s, addr, "sendto"), s.timeout));
        });
        put(t, "shutdown", (args, kw) -> {
            ModuleSupport.positional("shutdown", rest(args), kw, 1, 1);
            int how = ModuleSupport.asInt(args[1]);
            if (how < 0 || how > 2) throw ModuleSupport.osError(NetSocket.EINVAL, null);
            NetSocket ns = net(sock(args[0]));
            if (!(ns.channel() instanceof SocketChannel c) || !c.isConnected()) throw ModuleSupport.osError(NetSocket.ENOTCONN, null);
            try {
                if (how != 1) c.shutdownInput();
                if (how != 0) c.shutdownOutput();
            } catch (IOException e) {
                throw NetSocket.error(e);
            }
            return PyNone.NONE;
        });
        put(t, "getsockname", (args, kw) -> {
            SocketModule.Sock s = sock(args[0]);
            SelectableChannel ch = net(s).channel();
            if (net(s).unnamed) return dev.pyjama.objects.PyStr.of("");
            try {
                return SocketAddresses.fromJava(ch == null ? null : ((NetworkChannel) ch).getLocalAddress(), s.family);
            } catch (IOException e) {
                throw NetSocket.error(e);
            }
        });
        put(t, "getpeername", (args, kw) -> {
            SocketModule.Sock s = sock(args[0]);
            SelectableChannel ch = net(s).channel();
            SocketAddress peer = null;
            try {
                if (ch instanceof SocketChannel c) peer = c.getRemoteAddress();
                else if (ch instanceof DatagramChannel d) peer = d.getRemoteAddress();
            } catch (IOException e) {
                throw NetSocket.error(e);
            }
            if (peer == null) throw ModuleSupport.osError(NetSocket.ENOTCONN, null);
            if (net(s).unnamed) return dev.pyjama.objects.PyStr.of("");
            return SocketAddresses.fromJava(peer, s.family);
        });
        put(t, "setsockopt", (args, kw) -> {
            ModuleSupport.positional("setsockopt", rest(args), kw, 3, 4);
            SocketModule.Sock s = sock(args[0]);
            NetSocket ns = net(s);
            int level = ModuleSupport.asInt(args[1]);
            SocketOption<Object> opt = option(level, ModuleSupport.asInt(args[2]));
            if (level == IPPROTO_TCP && ns.kind != NetSocket.SOCK_STREAM) throw ModuleSupport.osError(92, null); // ENOPROTOOPT
            if (opt == null) return PyNone.NONE; // an option the JDK cannot set: accepted, as harmless
            Object v;
            byte[] raw = Buffers.bytesOrNull(args[3]);
            if (raw == null) {
                long n = ModuleSupport.asLong(args[3]);
                v = (Class<?>) opt.type() == Boolean.class ? (Object) (n != 0) : (Object) (int) n;
            } else {
                byte[] b = raw;
                int n = b.length >= 4 ? ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt() : 0;
                v = (Class<?>) opt.type() == Boolean.class ? (Object) (n != 0) : (Object) n;
            }
            ns.pending.put(opt, v);
            SelectableChannel ch = ns.channel();
            if (ch != null && ((NetworkChannel) ch).supportedOptions().contains(opt)) {
                try {
                    ((NetworkChannel) ch).setOption(opt, v);
                } catch (IOException e) {
                    throw NetSocket.error(e);
                }
            }
            return PyNone.NONE;
        });
        put(t, "getsockopt", (args, kw) -> {
            ModuleSupport.positional("getsockopt", rest(args), kw, 2, 3);
            int v = getsockopt(sock(args[0]), ModuleSupport.asInt(args[1]), ModuleSupport.asInt(args[2]));
            if (args.length < 4) return PyInt.of(v);
            int len = ModuleSupport.asInt(args[3]);
            if (len <= 0 || len > 1024) throw SocketAddresses.osErrorText("getsockopt buflen out of range");
            byte[] b = new byte[len];
            for (int i = 0; i < Math.min(4, len); i++) b[i] = (byte) (v >> (8 * i));
            return new PyBytes(b);
        });
    }

    private static int intoSize(PyObject buffer, PyObject nbytes, String fn) {
        if (!(buffer instanceof dev.pyjama.objects.PyByteArray || buffer instanceof MemoryView || buffer instanceof ArrayModule.Array)) {
            throw Errors.typeError(fn + "() argument 'buffer' must be read-write bytes-like object, not " + buffer.typeName());
        }
        int cap = (int) Abstract.len(buffer);
        if (nbytes == null || ModuleSupport.asInt(nbytes) == 0) return cap;
        int n = ModuleSupport.asInt(nbytes);
        if (n < 0) throw Errors.valueError("negative buffersize in " + fn);
        if (n > cap) throw Errors.valueError("buffer too small for requested bytes");
        return n;
    }

    /** connect and connect_ex: 0, or the errno that connect_ex returns ({@code raise} throws the rest). */
    // CPython: Modules/socketmodule.c internal_connect
    private static int connect(SocketModule.Sock s, PyObject addr, boolean raise) {
        NetSocket ns = net(s);
        SocketAddress to = address(s, addr, raise ? "connect" : "connect_ex");
        try {
            if (ns.startConnect(to)) return 0;
            if (s.timeout == 0) return NetSocket.EINPROGRESS;
            while (true) {
                ns.waitFor(SelectionKey.OP_CONNECT, s.timeout, false);
                if (ns.finishConnect()) return 0;
            }
        } catch (dev.pyjama.objects.PyException e) {
            if (raise || !Abstract.isInstance(e.value(), dev.pyjama.objects.ExceptionTypes.OS_ERROR)) throw e;
            if (Abstract.isInstance(e.value(), dev.pyjama.objects.ExceptionTypes.TIMEOUT_ERROR)) return NetSocket.EAGAIN;
            return NetSocket.errnoOf(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static SocketOption<Object> option(int level, int name) {
        SocketOption<?> o = null;
        if (level == SOL_SOCKET) {
            o = switch (name) {
                case 2 -> StandardSocketOptions.SO_REUSEADDR;
                case 6 -> StandardSocketOptions.SO_BROADCAST;
                case 7 -> StandardSocketOptions.SO_SNDBUF;
                case 8 -> StandardSocketOptions.SO_RCVBUF;
                case 9 -> StandardSocketOptions.SO_KEEPALIVE;
                case 15 -> StandardSocketOptions.SO_REUSEPORT;
                default -> null;
            };
        } else if (level == IPPROTO_TCP && name == 1) {
            o = StandardSocketOptions.TCP_NODELAY;
        } else if (level == 0 && name == 1) {
            o = StandardSocketOptions.IP_TOS;
        }
        return (SocketOption<Object>) o;
    }

    // CPython: Modules/socketmodule.c sock_getsockopt
    private static int getsockopt(SocketModule.Sock s, int level, int name) {
        NetSocket ns = net(s);
        if (level == SOL_SOCKET) {
            switch (name) {
                case 3: return ns.kind; // SO_TYPE
                case 38: return ns.proto; // SO_PROTOCOL
                case 39: return ns.family; // SO_DOMAIN
                case 30: return ns.channel instanceof ServerSocketChannel ? 1 : 0; // SO_ACCEPTCONN
                case 4: { // SO_ERROR: a finished non-blocking connect's outcome
                    if (ns.channel instanceof SocketChannel c && c.isConnectionPending()) {
                        try {
                            ns.finishConnect();
                        } catch (dev.pyjama.objects.PyException e) {
                            // connectErrno now holds it
                        }
                    }
                    int err = ns.connectErrno;
                    ns.connectErrno = 0;
                    return err;
                }
                default: break;
            }
        }
        SocketOption<Object> opt = option(level, name);
        if (opt == null) return 0;
        SelectableChannel ch = ns.channel();
        Object v = ns.pending.get(opt);
        try {
            if (ch != null && ((NetworkChannel) ch).supportedOptions().contains(opt)) v = ((NetworkChannel) ch).getOption(opt);
        } catch (IOException e) {
            throw NetSocket.error(e);
        }
        if (v instanceof Boolean b) return b ? 1 : 0;
        return v instanceof Integer i ? i : 0;
    }
}
