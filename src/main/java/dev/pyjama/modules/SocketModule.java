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
import dev.pyjama.objects.PyBaseException;
import dev.pyjama.objects.PyBool;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyDict;
import dev.pyjama.objects.PyException;
import dev.pyjama.objects.PyFloat;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import dev.pyjama.objects.PyType;
import java.io.IOException;

/**
 * {@code _socket}, as far as the standard library needs it without a network: the socket type
 * (subclassed by {@code socket.socket}), the constants and exceptions, and {@code socketpair},
 * a connected pair of in-JVM stream sockets (what asyncio's event loop wakes itself with).
 * Their descriptors are {@link Pipes} ends, so os.read/os.write/os.close and select see them.
 * Sockets on a real network (bind, connect, getaddrinfo) are not written yet: they raise OSError.
 */
// CPython: Modules/socketmodule.c
public final class SocketModule {
    private SocketModule() {}

    static final PyType SOCKET = PyType.builtin("_socket.socket", null);
    private static final int AF_UNIX = 1, AF_INET = 2, SOCK_STREAM = 1, SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000;
    private static final int EAGAIN = 11, ENOTCONN = 107, EAFNOSUPPORT = 97;
    /** socket.setdefaulttimeout: seconds, or -1 for None (blocking). */
    private static volatile double defaultTimeout = -1;

    static final class Sock extends PyObject implements Derived {
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

    private static Sock sock(PyObject o) {
        return (Sock) o;
    }

    private static Pipes.End end(Sock s) {
        Pipes.End e = s.fd < 0 ? null : Pipes.get(s.fd);
        if (e == null) throw ModuleSupport.osError(9, null);
        return e;
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
            PyObject[] a = Args.parse("socket", java.util.Arrays.copyOfRange(args, 1, args.length), 0, kw,
                    new String[] {"family", "type", "proto", "fileno"}, 0, 4);
            int family = a[0] == null ? -1 : ModuleSupport.asInt(a[0]);
            int kind = a[1] == null ? -1 : ModuleSupport.asInt(a[1]);
            int proto = a[2] == null ? -1 : ModuleSupport.asInt(a[2]);
            if (a[3] != null && a[3] != PyNone.NONE) {
                int fd = ModuleSupport.asInt(a[3]);
                if (fd < 0) throw Errors.valueError("negative file descriptor");
                if (Pipes.get(fd) == null) throw ModuleSupport.osError(9, null);
                s.fd = fd;
            } else {
                if (family == -1) family = AF_INET;
                if (kind == -1) kind = SOCK_STREAM;
                if (family != AF_UNIX && family != AF_INET && family != 10) throw ModuleSupport.osError(EAFNOSUPPORT, null);
                // an unconnected socket: a descriptor with no stream yet
                s.fd = FileDescriptors.allocate();
                Pipes.ENDS.put(s.fd, new Pipes.End());
            }
            s.family = family == -1 ? AF_UNIX : family;
            s.kind = (kind == -1 ? SOCK_STREAM : kind) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            s.proto = proto == -1 ? 0 : proto;
            if ((kind & SOCK_NONBLOCK) != 0 && kind != -1) s.timeout = 0;
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
            return PyNone.NONE;
        });
        put(SOCKET, "getblocking", (args, kw) -> PyBool.of(sock(args[0]).timeout != 0));
        put(SOCKET, "settimeout", (args, kw) -> {
            sock(args[0]).timeout = timeoutArg(args[1]);
            return PyNone.NONE;
        });
        put(SOCKET, "gettimeout", (args, kw) -> sock(args[0]).timeout < 0 ? PyNone.NONE : PyFloat.of(sock(args[0]).timeout));
        put(SOCKET, "send", (args, kw) -> PyInt.of(send(sock(args[0]), args[1])));
        put(SOCKET, "sendall", (args, kw) -> {
            send(sock(args[0]), args[1]);
            return PyNone.NONE;
        });
        put(SOCKET, "recv", (args, kw) -> {
            Sock s = sock(args[0]);
            int n = ModuleSupport.asInt(args[1]);
            if (n < 0) throw Errors.valueError("negative buffersize in recv");
            Pipes.End e = end(s);
            if (e.in == null) throw ModuleSupport.osError(ENOTCONN, null);
            if (s.timeout == 0 && !Pipes.readable(e)) throw ModuleSupport.osError(EAGAIN, null);
            return new PyBytes(Pipes.read(e, n));
        });
        put(SOCKET, "shutdown", (args, kw) -> {
            Sock s = sock(args[0]);
            int how = ModuleSupport.asInt(args[1]);
            Pipes.End e = end(s);
            try {
                if ((how == 1 || how == 2) && e.out != null) e.out.close();
                if ((how == 0 || how == 2) && e.in != null) e.in.close();
            } catch (IOException ignored) {
                // already closed
            }
            return PyNone.NONE;
        });
        // unnamed AF_UNIX sockets have the empty address, as socketpair's do
        put(SOCKET, "getsockname", (args, kw) -> address(sock(args[0])));
        put(SOCKET, "getpeername", (args, kw) -> {
            Sock s = sock(args[0]);
            if (end(s).in == null) throw ModuleSupport.osError(ENOTCONN, null);
            return address(s);
        });
        put(SOCKET, "setsockopt", (args, kw) -> PyNone.NONE);
        put(SOCKET, "getsockopt", (args, kw) -> PyInt.of(0));
        for (String name : new String[] {"bind", "connect", "connect_ex", "listen", "_accept", "sendto", "recvfrom"}) {
            put(SOCKET, name, (args, kw) -> {
                throw noNetwork();
            });
        }
    }

    private static PyObject address(Sock s) {
        return s.family == AF_UNIX ? PyStr.of("") : PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
    }

    private static PyException noNetwork() {
        return new PyException((PyBaseException) Abstract.call(ExceptionTypes.OS_ERROR, PyInt.of(EAFNOSUPPORT),
                PyStr.of("pyjama has no network sockets yet")));
    }

    private static double timeoutArg(PyObject v) {
        if (v == PyNone.NONE) return -1;
        double t = ModuleSupport.asDouble(v);
        if (t < 0) throw Errors.valueError("Timeout value out of range");
        return t;
    }

    private static int send(Sock s, PyObject data) {
        byte[] b = Buffers.bytesOrNull(data);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + data.typeName() + "'");
        Pipes.End e = end(s);
        if (e.out == null) throw ModuleSupport.osError(ENOTCONN, null);
        return Pipes.write(e, b);
    }

    public static PyModule create(Interpreter interp) {
        PyModule m = ModuleSupport.module("_socket");
        set(m, "socket", SOCKET);
        set(m, "SocketType", SOCKET);
        set(m, "error", ExceptionTypes.OS_ERROR);
        set(m, "timeout", ExceptionTypes.TIMEOUT_ERROR);
        set(m, "herror", errorClass("herror"));
        set(m, "gaierror", errorClass("gaierror"));
        set(m, "has_ipv6", PyBool.TRUE);
        // Linux's values, as CPython's module on Linux has them
        Object[] constants = {
            "AF_UNSPEC", 0, "AF_UNIX", 1, "AF_INET", 2, "AF_INET6", 10,
            "SOCK_STREAM", 1, "SOCK_DGRAM", 2, "SOCK_RAW", 3, "SOCK_RDM", 4, "SOCK_SEQPACKET", 5,
            "SOCK_NONBLOCK", SOCK_NONBLOCK, "SOCK_CLOEXEC", SOCK_CLOEXEC,
            "SOL_SOCKET", 1, "SO_DEBUG", 1, "SO_REUSEADDR", 2, "SO_TYPE", 3, "SO_ERROR", 4, "SO_BROADCAST", 6,
            "SO_SNDBUF", 7, "SO_RCVBUF", 8, "SO_KEEPALIVE", 9, "SO_LINGER", 13, "SO_REUSEPORT", 15,
            "SOMAXCONN", 4096, "IPPROTO_IP", 0, "IPPROTO_TCP", 6, "IPPROTO_UDP", 17, "IPPROTO_IPV6", 41,
            "IPV6_V6ONLY", 26, "TCP_NODELAY", 1, "INADDR_ANY", 0, "INADDR_LOOPBACK", 0x7f000001,
            "MSG_OOB", 1, "MSG_PEEK", 2, "MSG_DONTROUTE", 4, "MSG_CTRUNC", 8, "MSG_TRUNC", 0x20, "MSG_DONTWAIT", 0x40,
            "MSG_EOR", 0x80, "MSG_WAITALL", 0x100, "MSG_NOSIGNAL", 0x4000,
            "AI_PASSIVE", 1, "AI_CANONNAME", 2, "AI_NUMERICHOST", 4, "AI_V4MAPPED", 8, "AI_ALL", 0x10,
            "AI_ADDRCONFIG", 0x20, "AI_NUMERICSERV", 0x400,
            "NI_NUMERICHOST", 1, "NI_NUMERICSERV", 2, "NI_NOFQDN", 4, "NI_NAMEREQD", 8, "NI_DGRAM", 16,
            "EAI_AGAIN", -3, "EAI_BADFLAGS", -1, "EAI_FAIL", -4, "EAI_FAMILY", -6, "EAI_MEMORY", -10,
            "EAI_NONAME", -2, "EAI_SERVICE", -8, "EAI_SOCKTYPE", -7,
            "SHUT_RD", 0, "SHUT_WR", 1, "SHUT_RDWR", 2,
        };
        for (int i = 0; i < constants.length; i += 2) set(m, (String) constants[i], ((Integer) constants[i + 1]).longValue());
        // CPython: Modules/socketmodule.c socket_socketpair (here two in-JVM byte streams, one each way)
        def(m, "socketpair", (a, kw) -> {
            PyObject[] p = Args.parse("socketpair", a, 0, kw, new String[] {"family", "type", "proto"}, 0, 3);
            int family = p[0] == null ? AF_UNIX : ModuleSupport.asInt(p[0]);
            int kind = p[1] == null ? SOCK_STREAM : ModuleSupport.asInt(p[1]);
            int proto = p[2] == null ? 0 : ModuleSupport.asInt(p[2]);
            Pipes.Buffer ab = new Pipes.Buffer(), ba = new Pipes.Buffer();
            Sock x = pairEnd(ba.reader(), ab.writer(), family, kind, proto);
            Sock y = pairEnd(ab.reader(), ba.writer(), family, kind, proto);
            return PyTuple.of(x, y);
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
        for (String name : new String[] {"htons", "ntohs"}) {
            def(m, name, (a, kw) -> {
                int v = ModuleSupport.asInt(ModuleSupport.one(name, a, kw));
                return PyInt.of(((v & 0xff) << 8) | ((v >> 8) & 0xff));
            });
        }
        for (String name : new String[] {"htonl", "ntohl"}) {
            def(m, name, (a, kw) -> PyInt.of(Integer.reverseBytes((int) ModuleSupport.asLong(ModuleSupport.one(name, a, kw))) & 0xffffffffL));
        }
        for (String name : new String[] {"getaddrinfo", "gethostbyname", "gethostbyaddr", "getnameinfo", "getservbyname"}) {
            def(m, name, (a, kw) -> {
                throw noNetwork();
            });
        }
        return m;
    }

    private static Sock pairEnd(java.io.InputStream in, java.io.OutputStream out, int family, int kind, int proto) {
        Pipes.End e = new Pipes.End();
        e.in = in;
        e.out = out;
        Sock s = new Sock();
        s.fd = FileDescriptors.allocate();
        Pipes.ENDS.put(s.fd, e);
        s.family = family;
        s.kind = kind & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        s.proto = proto;
        s.timeout = (kind & SOCK_NONBLOCK) != 0 ? 0 : defaultTimeout;
        return s;
    }

    // CPython: Modules/socketmodule.c socket_exec (PyErr_NewException("socket.herror", PyExc_OSError, NULL))
    private static PyType errorClass(String name) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("socket"));
        return dev.pyjama.interp.Types.newType(PyType.TYPE, name, PyTuple.of(ExceptionTypes.OS_ERROR), ns);
    }
}
