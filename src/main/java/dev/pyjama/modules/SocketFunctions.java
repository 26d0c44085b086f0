package dev.pyjama.modules;

import static dev.pyjama.modules.ModuleSupport.def;

import dev.pyjama.interp.Args;
import dev.pyjama.interp.Errors;
import dev.pyjama.objects.PyBytes;
import dev.pyjama.objects.PyInt;
import dev.pyjama.objects.PyList;
import dev.pyjama.objects.PyModule;
import dev.pyjama.objects.PyNone;
import dev.pyjama.objects.PyObject;
import dev.pyjama.objects.PyStr;
import dev.pyjama.objects.PyTuple;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/** {@code _socket}'s module functions: name resolution, byte order and address conversions, interfaces. */
// CPython: Modules/socketmodule.c socket_getaddrinfo, socket_inet_aton, socket_inet_pton, socket_if_nameindex...
final class SocketFunctions {
    private SocketFunctions() {}

    private static String text(String fn, PyObject o) {
        if (o instanceof PyStr s) return s.value();
        // one-argument functions say "argument", as Argument Clinic words it for a lone parameter
        throw Errors.typeError(fn + "() argument " + (fn.startsWith("inet_pton") ? "2 " : "") + "must be str, not " + o.typeName());
    }

    static void install(PyModule m) {
        def(m, "getaddrinfo", (a, kw) -> {
            PyObject[] p = Args.parse("getaddrinfo", a, 0, kw, new String[] {"host", "port", "family", "type", "proto", "flags"}, 2, 6);
            return SocketAddresses.getaddrinfo(p[0], p[1], p[2] == null ? 0 : ModuleSupport.asInt(p[2]),
                    p[3] == null ? 0 : ModuleSupport.asInt(p[3]), p[4] == null ? 0 : ModuleSupport.asInt(p[4]),
                    p[5] == null ? 0 : ModuleSupport.asInt(p[5]));
        });
        def(m, "gethostbyname", (a, kw) -> PyStr.of(SocketAddresses.gethostbyname(text("gethostbyname", ModuleSupport.one("gethostbyname", a, kw)))));
        def(m, "gethostbyname_ex", (a, kw) -> {
            String host = text("gethostbyname_ex", ModuleSupport.one("gethostbyname_ex", a, kw));
            String ip = SocketAddresses.gethostbyname(host);
            return PyTuple.of(PyStr.of(host), new PyList(new ArrayList<>()), new PyList(List.of(PyStr.of(ip))));
        });
        def(m, "gethostbyaddr", (a, kw) -> SocketAddresses.gethostbyaddr(text("gethostbyaddr", ModuleSupport.one("gethostbyaddr", a, kw))));
        def(m, "getnameinfo", (a, kw) -> {
            ModuleSupport.positional("getnameinfo", a, kw, 2, 2);
            return SocketAddresses.getnameinfo(a[0], ModuleSupport.asInt(a[1]));
        });
        def(m, "getservbyname", (a, kw) -> {
            ModuleSupport.positional("getservbyname", a, kw, 1, 2);
            int port = SocketAddresses.servicePort(text("getservbyname", a[0]));
            if (port < 0) throw SocketAddresses.osErrorText("service/proto not found");
            return PyInt.of(port);
        });
        def(m, "getservbyport", (a, kw) -> {
            ModuleSupport.positional("getservbyport", a, kw, 1, 2);
            int port = ModuleSupport.asInt(a[0]);
            if (port < 0 || port > 65535) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "getservbyport: port must be 0-65535.");
            String name = SocketAddresses.serviceName(port);
            if (name == null) throw SocketAddresses.osErrorText("port/proto not found");
            return PyStr.of(name);
        });
        for (String name : new String[] {"htons", "ntohs"}) {
            def(m, name, (a, kw) -> {
                long v = ModuleSupport.asLong(ModuleSupport.one(name, a, kw));
                if (v < 0) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, name + ": can't convert negative Python int to C 16-bit unsigned integer");
                if (v > 0xffff) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, name + ": Python int too large to convert to C 16-bit unsigned integer");
                return PyInt.of(((v & 0xff) << 8) | ((v >> 8) & 0xff));
            });
        }
        for (String name : new String[] {"htonl", "ntohl"}) {
            def(m, name, (a, kw) -> {
                long v = ModuleSupport.asLong(ModuleSupport.one(name, a, kw));
                if (v < 0) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "can't convert negative value to unsigned int");
                if (v > 0xffffffffL) throw Errors.raise(dev.pyjama.objects.ExceptionTypes.OVERFLOW_ERROR, "int larger than 32 bits");
                return PyInt.of(Integer.reverseBytes((int) v) & 0xffffffffL);
            });
        }
        // CPython: Modules/socketmodule.c socket_inet_aton
        def(m, "inet_aton", (a, kw) -> {
            byte[] b = SocketAddresses.aton(text("inet_aton", ModuleSupport.one("inet_aton", a, kw)));
            if (b == null) throw SocketAddresses.osErrorText("illegal IP address string passed to inet_aton");
            return new PyBytes(b);
        });
        def(m, "inet_ntoa", (a, kw) -> {
            byte[] b = Buffers.bytesOrNull(ModuleSupport.one("inet_ntoa", a, kw));
            if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + a[0].typeName() + "'");
            if (b.length != 4) throw SocketAddresses.osErrorText("packed IP wrong length for inet_ntoa");
            return PyStr.of(SocketAddresses.ntop4(b));
        });
        def(m, "inet_pton", (a, kw) -> {
            ModuleSupport.positional("inet_pton", a, kw, 2, 2);
            int family = ModuleSupport.asInt(a[0]);
            String s = text("inet_pton", a[1]);
            byte[] b = family == 2 ? SocketAddresses.pton4(s) : family == 10 ? pton6(s) : null;
            if (family != 2 && family != 10) throw ModuleSupport.osError(97, null);
            if (b == null) throw SocketAddresses.osErrorText("illegal IP address string passed to inet_pton");
            return new PyBytes(b);
        });
        def(m, "inet_ntop", (a, kw) -> {
            ModuleSupport.positional("inet_ntop", a, kw, 2, 2);
            int family = ModuleSupport.asInt(a[0]);
            byte[] b = Buffers.bytesOrNull(a[1]);
            if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + a[1].typeName() + "'");
            if (family == 2) {
                if (b.length != 4) throw Errors.valueError("invalid length of packed IP address string");
                return PyStr.of(SocketAddresses.ntop4(b));
            }
            if (family == 10) {
                if (b.length != 16) throw Errors.valueError("invalid length of packed IP address string");
                return PyStr.of(SocketAddresses.ntop6(b));
            }
            throw Errors.valueError("unknown address family " + family);
        });
        // CPython: Modules/socketmodule.c socket_if_nameindex (the JDK lists the interfaces)
        def(m, "if_nameindex", (a, kw) -> {
            List<PyObject> out = new ArrayList<>();
            for (NetworkInterface ni : interfaces()) out.add(PyTuple.of(PyInt.of(ni.getIndex()), PyStr.of(ni.getName())));
            out.sort((x, y) -> Long.compare(((PyInt) ((PyTuple) x).items[0]).longValue(), ((PyInt) ((PyTuple) y).items[0]).longValue()));
            return new PyList(out);
        });
        def(m, "if_nametoindex", (a, kw) -> {
            String name = text("if_nametoindex", ModuleSupport.one("if_nametoindex", a, kw));
            for (NetworkInterface ni : interfaces()) if (ni.getName().equals(name)) return PyInt.of(ni.getIndex());
            throw ModuleSupport.osError(19, null); // ENODEV
        });
        def(m, "if_indextoname", (a, kw) -> {
            int index = ModuleSupport.asInt(ModuleSupport.one("if_indextoname", a, kw));
            for (NetworkInterface ni : interfaces()) if (ni.getIndex() == index) return PyStr.of(ni.getName());
            throw ModuleSupport.osError(6, null); // ENXIO
        });
    }

    private static List<NetworkInterface> interfaces() {
        try {
            return NetworkInterface.networkInterfaces().toList();
        } catch (SocketException e) {
            throw NetSocket.error(e);
        }
    }

    /** inet_pton(AF_INET6): eight groups, one "::", an optional dotted IPv4 tail; null when malformed. */
    static byte[] pton6(String s) {
        if (s.isEmpty() || !s.matches("[0-9A-Fa-f:.]+")) return null;
        byte[] tail = null;
        int lastColon = s.lastIndexOf(':');
        if (lastColon < 0) return null;
        if (s.indexOf('.') >= 0) {
            tail = SocketAddresses.pton4(s.substring(lastColon + 1));
            if (tail == null) return null;
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
        String[] left, right;
        if (dbl >= 0) {
            left = s.substring(0, dbl).isEmpty() ? new String[0] : s.substring(0, dbl).split(":", -1);
            right = s.substring(dbl + 2).isEmpty() ? new String[0] : s.substring(dbl + 2).split(":", -1);
            if (left.length + right.length > 7) return null;
        } else {
            left = s.split(":", -1);
            right = new String[0];
            if (left.length != 8) return null;
        }
        int[] w = new int[8];
        for (int i = 0; i < left.length; i++) if ((w[i] = group(left[i])) < 0) return null;
        for (int i = 0; i < right.length; i++) if ((w[8 - right.length + i] = group(right[i])) < 0) return null;
        byte[] b = new byte[16];
        for (int i = 0; i < 8; i++) {
            b[2 * i] = (byte) (w[i] >> 8);
            b[2 * i + 1] = (byte) w[i];
        }
        if (tail != null) System.arraycopy(tail, 0, b, 12, 4);
        return b;
    }

    private static int group(String g) {
        if (g.isEmpty() || g.length() > 4 || !g.matches("[0-9A-Fa-f]+")) return -1;
        return Integer.parseInt(g, 16);
    }

    static PyObject none() {
        return PyNone.NONE;
    }
}
