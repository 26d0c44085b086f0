package dev.pyjama.modules;

import static dev.pyjama.interp.BuiltinTypes.getter;
import static dev.pyjama.interp.BuiltinTypes.newMethod;
import static dev.pyjama.interp.BuiltinTypes.put;
import static dev.pyjama.modules.ModuleSupport.def;
import static dev.pyjama.modules.ModuleSupport.set;

import dev.pyjama.interp.Abstract;
import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.interp.Interpreter;
import dev.pyjama.objects.Derived;
import dev.pyjama.objects.ExceptionTypes;
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
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code _socket} on java.nio channels ({@link NetSocket}): TCP over IPv4 and IPv6, UDP, and
 * AF_UNIX stream sockets; the socket type (subclassed by {@code socket.socket}), constants,
 * exceptions and name resolution ({@link SocketAddresses}). Socket descriptors live in
 * {@link Pipes}' table beside pipes, so os.read/os.write/os.close and select see them.
 * The socket methods that move data are in {@link SocketIo}.
 */
// CPython: Modules/socketmodule.c
public final class SocketModule {
    private SocketModule() {}

    static final PyType SOCKET = PyType.builtin("_socket.socket", null);
    private static final int AF_UNIX = 1, AF_INET = 2, SOCK_STREAM = 1, SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000;
    private static final int EAFNOSUPPORT = 97;
    /** socket.setdefaulttimeout: seconds, or -1 for None (blocking). */
    private static volatile double defaultTimeout = -1;

    static final class Sock extends dev.pyjama.objects.PyObject implements Derived {
        private PyType type = SOCKET;
        private PyDict dict;
        int fd = -1, family = AF_INET, kind = SOCK_STREAM, proto;
        double timeout = -1;

        @Override public PyType type() { return type; }
        @Override public PyDict dict() { return dict; }
        @Override public void setDict(PyDict d) { dict = d; }
        @Override public void setType(PyType t) { type = t; }

        // CPython: Modules/socketmodule.c sock_repr
        @Override
        public String repr() {
            return "<socket object, fd=" + fd + ", family=" + family + ", type=" + kind + ", proto=" + proto + ">";
        }
    }

    static Sock sock(PyObject o) {
        return (Sock) o;
    }

    /** The socket behind a Python socket object's descriptor: EBADF once closed or detached. */
    static NetSocket net(Sock s) {
        if (s.fd >= 0 && Pipes.get(s.fd) instanceof NetSocket n) return n;
        throw ModuleSupport.osError(s.fd < 0 || Pipes.get(s.fd) == null ? 9 : 88, null); // ENOTSOCK otherwise
    }

    static PyObject[] rest(PyObject[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    static int register(NetSocket n) {
        synchronized (Pipes.ENDS) {
            int fd = FileDescriptors.allocate();
            Pipes.ENDS.put(fd, n);
            return fd;
        }
    }

    static double defaultTimeout() {
        return defaultTimeout;
    }

    static {
        Derived.SELF_DERIVED.put(SOCKET, Sock.class);
        newMethod(SOCKET, (args, kw) -> {
            Sock s = new Sock();
            s.timeout = defaultTimeout;
            return s;
        });
        // CPython: Modules/socketmodule.c sock_initobj_impl
        put(SOCKET, "__init__", (args, kw) -> {
            Sock s = sock(args[0]);
            PyObject[] a = Args.parse("socket", rest(args), 0, kw, new String[] {"family", "type", "proto", "fileno"}, 0, 4);
            int family = a[0] == null || a[0] == PyNone.NONE ? -1 : ModuleSupport.asInt(a[0]);
            int kind = a[1] == null || a[1] == PyNone.NONE ? -1 : ModuleSupport.asInt(a[1]);
            int proto = a[2] == null || a[2] == PyNone.NONE ? -1 : ModuleSupport.asInt(a[2]);
            if (a[3] != null && a[3] != PyNone.NONE) {
                int fd = ModuleSupport.asInt(a[3]);
                if (fd < 0) throw Errors.valueError("negative file descriptor");
                Pipes.End e = Pipes.get(fd);
                if (e == null) throw ModuleSupport.osError(9, null);
                if (!(e instanceof NetSocket n)) throw ModuleSupport.osError(88, null);
                s.fd = fd;
                if (family == -1) family = n.family;
                if (kind == -1) kind = n.kind;
                if (proto == -1) proto = n.proto;
            } else {
                if (family == -1) family = AF_INET;
                if (kind == -1) kind = SOCK_STREAM;
                if (family != AF_UNIX && family != AF_INET && family != 10) throw ModuleSupport.osError(EAFNOSUPPORT, null);
                int base = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
                if (base != SOCK_STREAM && base != 2) throw ModuleSupport.osError(base == 3 ? 1 : 22, null); // raw sockets need privileges
                s.fd = register(new NetSocket(family, base, proto == -1 ? 0 : proto));
            }
            s.family = family;
            s.kind = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            s.proto = proto == -1 ? 0 : proto;
            if ((kind & SOCK_NONBLOCK) != 0) s.timeout = 0;
            DescriptorFlags.socketTimeout(s.fd, s.timeout);
            return PyNone.NONE;
        });
        getter(SOCKET, "family", self -> PyInt.of(sock(self).family));
        getter(SOCKET, "type", self -> PyInt.of(sock(self).kind));
        getter(SOCKET, "proto", self -> PyInt.of(sock(self).proto));
        getter(SOCKET, "timeout", self -> sock(self).timeout < 0 ? PyNone.NONE : PyFloat.of(sock(self).timeout));
        put(SOCKET, "fileno", (args, kw) -> PyInt.of(sock(args[0]).fd));
        put(SOCKET, "detach", (args, kw) -> {
            Sock s = sock(args[0]);
            int fd = s.fd;
            s.fd = -1;
            return PyInt.of(fd);
        });
        put(SOCKET, "close", (args, kw) -> {
            Sock s = sock(args[0]);
            if (s.fd >= 0 && Pipes.get(s.fd) != null) Pipes.close(s.fd);
            s.fd = -1;
            return PyNone.NONE;
        });
        put(SOCKET, "setblocking", (args, kw) -> {
            sock(args[0]).timeout = Abstract.isTrue(args[1]) ? -1 : 0;
            DescriptorFlags.socketTimeout(sock(args[0]).fd, sock(args[0]).timeout);
            return PyNone.NONE;
        });
        put(SOCKET, "getblocking", (args, kw) -> PyBool.of(sock(args[0]).timeout != 0));
        put(SOCKET, "settimeout", (args, kw) -> {
            sock(args[0]).timeout = timeoutArg(args[1]);
            DescriptorFlags.socketTimeout(sock(args[0]).fd, sock(args[0]).timeout);
            return PyNone.NONE;
        });
        put(SOCKET, "gettimeout", (args, kw) -> sock(args[0]).timeout < 0 ? PyNone.NONE : PyFloat.of(sock(args[0]).timeout));
        SocketIo.install(SOCKET);
    }

    // CPython: Modules/socketmodule.c socket_parse_timeout
    static double timeoutArg(PyObject v) {
        if (v == PyNone.NONE) return -1;
        double t = ModuleSupport.asDouble(v);
        if (t < 0) throw Errors.valueError("Timeout value out of range");
        return t;
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_socket");
        set(m, "socket", SOCKET);
        set(m, "SocketType", SOCKET);
        set(m, "error", ExceptionTypes.OS_ERROR);
        set(m, "timeout", ExceptionTypes.TIMEOUT_ERROR);
        if (SocketAddresses.herror == null) {
            SocketAddresses.herror = errorClass("herror");
            SocketAddresses.gaierror = errorClass("gaierror");
        }
        set(m, "herror", SocketAddresses.herror);
        set(m, "gaierror", SocketAddresses.gaierror);
        set(m, "has_ipv6", PyBool.TRUE);
        // Linux's values, as CPython's module on Linux has them
        Object[] constants = {
            "AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_INET6", 10,
            "SOCK_STREAM", 1, "SOCK_DGRAM", 2, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5,
            "SOCK_NONBLOCK", SOCK_NONBLOCK, "SOCK_CLOEXEC", SOCK_CLOEXEC,
            "SOL_SOCKET", 1, "SO_DEBUG", 1, "SO_REUSEADDR", 2, "SO_TYPE", 3, "SO_ERROR", 4, "SO_BROADCAST", 6,
            "SO_SNDBUF", 7, "SO_RCVBUF", 8, "SO_KEEPALIVE", 9, "SO_OOBINLINE", 10, "SO_LINGER", 13, "SO_REUSEPORT", 15,
            "SO_RCVLOWAT", 18, "SO_SNDLOWAT", 19, "SO_RCVTIMEO", 20, "SO_SNDTIMEO", 21, "SO_ACCEPTCONN", 30,
            "SO_PROTOCOL", 38, "SO_DOMAIN", 39,
            "SOMAXCONN", 4096, "IPPROTO_IP", 0, "IPPROTO_ICMP", 1, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17, "IPPROTO_IPV6", 41,
            "IPPROTO_RAW", 255, "IP_TOS", 1, "IP_TTL", 2, "IP_MULTICAST_TTL", 33, "IP_MULTICAST_LOOP", 34,
            "IP_ADD_MEMBERSHIP", 35, "IPV6_V6ONLY", 26, "TCP_NODELAY", 1, "TCP_MAXSEG", 2, "TCP_KEEPIDLE", 4,
            "TCP_KEEPINTVL", 5, "TCP_KEEPCNT", 6, "INADDR_ANY", 0, "INADDR_BROADCAST", 0xffffffffL,
            "INADDR_LOOPBACK", 0x7f000001, "INADDR_NONE", 0xffffffffL,
            "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_DONTROUTE", 4, "MSG_CTRUNC", 8, "MSG_TRUNC", 0x20, "MSG_DONTWAIT", 0x40,
            "MSG_EOR", 0x80, "MSG_WAITALL", 0x100, "MSG_NOSIGNAL", 0x4000,
            "AI_PASSIVE", 1, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 0x10,
            "AI_ADDRCONFIG", 0x20, "AI_NUMERICSERV", 0x400,
            "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8, "NI_DGRAM", 16,
            "NI_MAXHOST", 1025, "NI_MAXSERV", 32,
            "EAI_AGAIN", -3, "EAI_BADFLAGS", -1, "EAI_FAIL", -4, "EAI_FAMILY", -6, "EAI_MEMORY", -10,
            "EAI_NONAME", -2, "EAI_SERVICE", -8, "EAI_SOCKTYPE", -7,
            "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2,
        };
        for (int i = 0; i < constants.length; i += 2) set(m, (String) constants[i], ((Number) constants[i + 1]).longValue());
        def(m, "socketpair", (a, kw) -> {
            PyObject[] p = Args.parse("socketpair", a, 0, kw, new String[] {"family", "type", "proto"}, 0, 3);
            int family = p[0] == null || p[0] == PyNone.NONE ? AF_UNIX : ModuleSupport.asInt(p[0]);
            int kind = p[1] == null || p[1] == PyNone.NONE ? SOCK_STREAM : ModuleSupport.asInt(p[1]);
            int proto = p[2] == null || p[2] == PyNone.NONE ? 0 : ModuleSupport.asInt(p[2]);
            return socketpair(family, kind, proto);
        });
        def(m, "getdefaulttimeout", (a, kw) -> defaultTimeout < 0 ? PyNone.NONE : PyFloat.of(defaultTimeout));
        def(m, "setdefaulttimeout", (a, kw) -> {
            defaultTimeout = timeoutArg(ModuleSupport.one("setdefaulttimeout", a, kw));
            return PyNone.NONE;
        });
        def(m, "gethostname", (a, kw) -> {
            try {
                return PyStr.of(java.net.InetAddress.getLocalHost().getHostName());
            } catch (IOException e) {
                return PyStr.of("localhost");
            }
        });
        def(m, "close", (a, kw) -> {
            int fd = ModuleSupport.asInt(ModuleSupport.one("close", a, kw));
            if (Pipes.get(fd) == null) throw ModuleSupport.osError(9, null);
            Pipes.close(fd);
            return PyNone.NONE;
        });
        // CPython: Modules/socketmodule.c socket_dup (a second descriptor for the same socket)
        def(m, "dup", (a, kw) -> {
            int fd = ModuleSupport.asInt(ModuleSupport.one("dup", a, kw));
            if (!(Pipes.get(fd) instanceof NetSocket n)) throw ModuleSupport.osError(9, null);
            synchronized (n) {
                n.refs++;
            }
            return PyInt.of(register(n));
        });
        SocketFunctions.install(m);
        return m;
    }

    /**
     * socketpair(): Java has none, so a listener on a fresh path in a private temporary directory
     * accepts the one connection and goes; the path is deleted at once, the pair stays connected.
     */
    // CPython: Modules/socketmodule.c socket_socketpair
    private static PyObject socketpair(int family, int kind, int proto) {
        if (family != AF_UNIX) throw ModuleSupport.osError(95, null); // EOPNOTSUPP, as Linux says
        int base = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (base != SOCK_STREAM) throw ModuleSupport.osError(95, null);
        Path dir = null, path = null;
        dev.pyjama.interp.Gil gil = dev.pyjama.interp.Gil.release();
        try {
            dir = Files.createTempDirectory("pyjama-sp");
            path = dir.resolve("s");
            SocketChannel x, y;
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(path));
                x = SocketChannel.open(StandardProtocolFamily.UNIX);
                x.connect(UnixDomainSocketAddress.of(path));
                y = server.accept();
            }
            x.configureBlocking(false);
            y.configureBlocking(false);
            Sock[] pair = new Sock[2];
            SocketChannel[] chans = {x, y};
            dev.pyjama.interp.Gil.reacquire(gil);
            gil = null;
            for (int i = 0; i < 2; i++) {
                Sock s = new Sock();
                NetSocket n = new NetSocket(chans[i], AF_UNIX, SOCK_STREAM, proto);
                n.unnamed = true;
                s.fd = register(n);
                s.family = AF_UNIX;
                s.kind = SOCK_STREAM;
                s.proto = proto;
                s.timeout = (kind & SOCK_NONBLOCK) != 0 ? 0 : defaultTimeout;
                pair[i] = s;
            }
            return PyTuple.of(pair[0], pair[1]);
        } catch (IOException e) {
            if (gil != null) dev.pyjama.interp.Gil.reacquire(gil);
            gil = null;
            throw NetSocket.error(e);
        } finally {
            if (gil != null) dev.pyjama.interp.Gil.reacquire(gil);
            try {
                if (path != null) Files.deleteIfExists(path);
                if (dir != null) Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a leftover empty temporary directory harms nobody
            }
        }
    }

    // CPython: Modules/socketmodule.c socket_exec (PyErr_NewException("socket.herror", PyExc_OSError, NULL))
    private static PyType errorClass(String name) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("socket"));
        return dev.pyjama.interp.Types.newType(PyType.TYPE, name, PyTuple.of(ExceptionTypes.OS_ERROR), ns);
    }

    static PyObject list(java.util.List<PyObject> items) {
        return new PyList(items);
    }

    static PyObject bytes(byte[] b) {
        return new PyBytes(b);
    }
}
